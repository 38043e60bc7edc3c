package app.chris.core.port;

/** Where a fact Chris knows came from. {@link #wire()} is the name used in the HTTP API. */
public enum KnowledgeSource {
  PORTFOLIO("portfolio"),
  ADMIN_PHONE("admin-phone"),
  DASHBOARD("dashboard");

  private final String wire;

  KnowledgeSource(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
