package app.chris.adapters.rentmanager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Reads Rent Manager bodies, which may start with a UTF-8 byte order mark that JSON parsers reject. */
final class Bodies {
  private Bodies() {}

  static String text(Response response) throws IOException {
    ResponseBody body = response.body();
    byte[] bytes = body == null ? new byte[0] : body.bytes();
    return stripBom(new String(bytes, StandardCharsets.UTF_8));
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
