package app.chris.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
  private final FaultPlan plan = new FaultPlan();

  @Test
  void aVendorBreakingMidTurnServesTheFirstRequestsThenFailsUntilCleared() {
    VendorFault reset = new VendorFault.ConnectionReset();
    plan.afterHealthy(1, "/v1/chat", reset);

    assertThat(plan.take("/v1/realtime")).as("another path is never touched").isEmpty();
    assertThat(plan.take("/v1/chat/completions")).as("the tool request goes through").isEmpty();
    assertThat(plan.take("/v1/chat/completions")).contains(reset);
    assertThat(plan.take("/v1/chat/completions")).contains(reset);
    plan.clear();
    assertThat(plan.take("/v1/chat/completions")).isEqualTo(Optional.empty());
    assertThat(plan.applied()).containsExactly(reset, reset);
  }

  @Test
  void theNextFaultsAreUsedUpInOrder() {
    plan.next(1, new VendorFault.ServerError(503));

    assertThat(plan.take("/any")).contains(new VendorFault.ServerError(503));
    assertThat(plan.take("/any")).isEmpty();
  }
}
