package app.chris.testkit.elevenlabs;

/** Error bodies in ElevenLabs' shapes, for scripting the fake. */
public final class VoiceErrors {
  private VoiceErrors() {}

  /** HTTP error body: {@code {"detail":{"status":"quota_exceeded","message":"..."}}}. */
  public static String detail(String status, String message) {
    return "{\"detail\":{\"status\":\"" + status + "\",\"message\":\"" + message + "\"}}";
  }

  /** 422 validation body: {@code {"detail":[{"loc":[...],"msg":"...","type":"..."}]}}. */
  public static String validation(String field, String message) {
    return "{\"detail\":[{\"loc\":[\"body\",\"" + field + "\"],\"msg\":\"" + message + "\",\"type\":\"value_error\"}]}";
  }

  /** WebSocket error message sent before a 1008 close. */
  public static String socketError(String error, String message) {
    return "{\"message\":\"" + message + "\",\"error\":\"" + error + "\",\"code\":1008}";
  }
}
