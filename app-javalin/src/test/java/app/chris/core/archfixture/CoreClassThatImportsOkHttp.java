package app.chris.core.archfixture;

import okhttp3.OkHttpClient;

/** Test fixture only: a "core" class that reaches for a vendor HTTP client. */
final class CoreClassThatImportsOkHttp {
  OkHttpClient client() {
    return new OkHttpClient();
  }
}
