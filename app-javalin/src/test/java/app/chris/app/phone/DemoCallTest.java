package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.offline.OfflineLanguageModel;
import app.chris.testkit.voice.CannedSpeechSynthesizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoCallTest {
  @Test
  void givenNoAccounts_whenTheDemoCallRuns_thenTheLeakIsReportedByPhoneAndTheCommandSucceeds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    // Playback is real time: a canned voice at 2 ms per character keeps the call short.
    int exit = new DemoCall(out, new OfflineLanguageModel(),
        Optional.of(new CannedSpeechSynthesizer(Duration.ofMillis(2), Runnable::run))).run();

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(printed).isZero();
    assertThat(printed).contains("caller: Hi, this is Ana Ruiz", "[first audio ", "Call completed.");
    assertThat(printed).containsPattern("(?i)chris: .*(faucet|drip|leak)");
  }
}
