package app.chris.adapters.elevenlabs;

/** One context on a multi-context socket. */
final class SocketRoute implements Route {
  private final VoiceConnection connection;
  private final String contextId;

  SocketRoute(VoiceConnection connection, String contextId) {
    this.connection = connection;
    this.contextId = contextId;
  }

  @Override
  public void speak(String sentence) {
    connection.send(ContextMessageJson.text(contextId, sentence));
  }

  @Override
  public void finish() {
    connection.finish(contextId);
  }

  @Override
  public void cancel() {
    connection.cancel(contextId);
  }

  @Override
  public void stalled() {
    connection.retire();
    connection.cancel(contextId);
  }
}
