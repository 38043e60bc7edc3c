package app.chris.testkit.twilio;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/** Response bodies in Twilio's REST shapes: a Call resource and the error object. */
final class TwilioRestResponses {
  private TwilioRestResponses() {}

  static MockResponse call(String accountSid, String callSid, String status) {
    ObjectNode call = JsonNodeFactory.instance.objectNode()
        .put("sid", callSid)
        .put("account_sid", accountSid)
        .put("status", status)
        .put("direction", "inbound")
        .put("api_version", "2010-04-01")
        .put("uri", "/2010-04-01/Accounts/" + accountSid + "/Calls/" + callSid + ".json");
    return json(200, call);
  }

  static MockResponse error(int status, int code, String message) {
    ObjectNode error = JsonNodeFactory.instance.objectNode()
        .put("code", code)
        .put("message", message)
        .put("more_info", "https://www.twilio.com/docs/errors/" + code)
        .put("status", status);
    return json(status, error);
  }

  private static MockResponse json(int status, ObjectNode body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
        .body(body.toString()).build();
  }
}
