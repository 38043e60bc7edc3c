package app.chris.adapters.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RebasedHttpClientTest {
  @Test
  void givenBaseUrlWithPathPrefix_rebase_keepsPathAuthAndForm() {
    RebasedHttpClient client =
        new RebasedHttpClient(URI.create("http://127.0.0.1:9/twilio-fake/"), new NetworkHttpClient());
    Request original = new Request(HttpMethod.POST, "api", "/2010-04-01/Accounts/AC1/Calls/CA1.json");
    original.setAuth("AC1", "secret");
    original.addPostParam("Status", "completed");

    Request rebased = client.rebase(original);

    assertThat(rebased.constructURL().toString())
        .isEqualTo("http://127.0.0.1:9/twilio-fake/2010-04-01/Accounts/AC1/Calls/CA1.json");
    assertThat(rebased.getAuthString()).isEqualTo(original.getAuthString());
    assertThat(rebased.getPostParams()).isEqualTo(original.getPostParams());
  }
}
