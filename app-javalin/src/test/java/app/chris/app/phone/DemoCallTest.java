package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.offline.OfflineLanguageModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoCallTest {
  @Test
  void givenNoAccounts_whenTheDemoCallRuns_thenTheLeakIsReportedByPhoneAndTheCommandSucceeds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int exit = new DemoCall(out, new OfflineLanguageModel()).run();

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(printed).isZero();
    assertThat(printed).contains("caller: Hi, this is Ana Ruiz", "[first audio ", "Call completed.");
    assertThat(printed).containsPattern("(?i)chris: .*(faucet|drip|leak)");
  }
}
