package app.chris.testkit.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shared scenarios (/work/shared/scenarios) with the offline engine as Chris's only brain: each caller line
 * as written, the replies and records each scenario expects.
 */
class SharedScenariosTest {
  private final OfflineCalls h = new OfflineCalls();
  private final StringBuilder transcripts = new StringBuilder();

  @AfterEach
  void printTranscripts() {
    System.out.println(transcripts);
  }

  private OfflineCalls.Call call(String from) {
    OfflineCalls.Call call = h.call(from);
    return call;
  }

  private void keep(OfflineCalls.Call call) {
    transcripts.append(call.all()).append("\n---\n");
  }

  @Test
  void routine_leak_known_caller() {
    OfflineCalls.Call c = call("+12175550101");
    String first = c.say("Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My kitchen faucet keeps dripping.");
    c.say("Yes, that's right.");
    c.say("Yes, you can go in if I'm not home.");
    c.say("No, that's everything, thank you!");
    keep(c);
    assertThat(first).doesNotContain("911");
    assertThat(c.all()).containsIgnoringCase("thank");
    List<ServiceRequest> filed = h.serviceDesk.recent(10);
    assertThat(filed).as(c.all()).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U101");
      assertThat(r.priority()).isIn(Priority.NORMAL, Priority.LOW);
      assertThat(r.description()).containsIgnoringCase("faucet");
      assertThat(r.addressVerified()).isTrue();
    });
    assertThat(c.session().ended()).as(c.all()).isTrue();
  }
}
