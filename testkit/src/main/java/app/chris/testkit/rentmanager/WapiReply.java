package app.chris.testkit.rentmanager;

import java.util.LinkedHashMap;
import java.util.Map;

/** A reply the fake will send: status, JSON body (may be empty) and extra headers. */
record WapiReply(int code, String body, Map<String, String> headers) {
  WapiReply {
    headers = Map.copyOf(headers);
  }

  static WapiReply json(int code, String body) {
    return new WapiReply(code, body, Map.of());
  }

  static WapiReply error(int code, String userMessage) {
    String body = Rows.row().put("UserMessage", userMessage).put("DeveloperMessage", userMessage)
        .put("ErrorCode", code).toString();
    return json(code, body);
  }

  WapiReply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new WapiReply(code, body, h);
  }
}
