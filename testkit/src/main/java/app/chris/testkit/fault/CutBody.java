package app.chris.testkit.fault;

import java.io.IOException;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/** Promises twice what it has, writes what it has, then breaks the connection: a reply cut off mid-stream. */
final class CutBody implements MockResponseBody {
  private final byte[] first;

  CutBody(byte[] first) {
    this.first = first.clone();
  }

  @Override
  public long getContentLength() {
    return 2L * first.length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(first);
    sink.flush();
    throw new IOException("injected disconnect mid-stream");
  }
}
