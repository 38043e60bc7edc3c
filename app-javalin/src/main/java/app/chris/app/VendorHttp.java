package app.chris.app;

import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client every vendor adapter derives its own from ({@code newBuilder()} shares the dispatcher).
 * OkHttp's default dispatcher admits 64 calls at once, and every open WebSocket holds one for its whole life: each
 * call's ears and the voice sockets. At about 60 live calls the next call's ears never connected and new voice
 * sockets and chat requests waited for ever (found by {@code chris.jar bench}). Per host, WebSockets are not
 * limited by OkHttp, but chat requests are (5 by default): 200 calls need more in flight to one vendor. Its
 * sockets send small frames at once ({@link NoDelaySocketFactory}).
 */
public final class VendorHttp {
  /** Far above what one instance carries (two sockets per call plus requests); the vendors' own limits apply. */
  static final int MAX_CALLS = 4_096;
  static final int MAX_CALLS_PER_HOST = 1_024;

  private VendorHttp() {}

  public static OkHttpClient client() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(MAX_CALLS);
    dispatcher.setMaxRequestsPerHost(MAX_CALLS_PER_HOST);
    return new OkHttpClient.Builder().dispatcher(dispatcher).socketFactory(new NoDelaySocketFactory()).build();
  }
}
