package app.chris.adapters.twilio;

import app.chris.core.port.StreamTokens;
import app.chris.testkit.StreamTokensContract;

class InMemoryStreamTokensTest extends StreamTokensContract {
  @Override
  protected StreamTokens newTokens() {
    return new InMemoryStreamTokens(clock);
  }
}
