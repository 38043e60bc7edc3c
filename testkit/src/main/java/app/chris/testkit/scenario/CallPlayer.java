package app.chris.testkit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plays one scripted call: greeting, turns, hang-up; reports the first failed expectation. */
final class CallPlayer {
  private final ChrisApiClient api;
  private final Scenario.Call call;
  private final int number;
  private String callId;
  private boolean ended;

  CallPlayer(ChrisApiClient api, Scenario.Call call, int number) {
    this.api = api;
    this.call = call;
    this.number = number;
  }

  /**
   * Adds every reply heard to {@code allReplies}. The caller hangs up at the end when the script says so, and
   * always after a failed expectation or error, so no test call is left open.
   */
  Optional<String> play(List<String> allReplies) {
    Map<String, Object> start = api.startCall(call.from());
    callId = String.valueOf(start.get("callId"));
    Optional<String> failure = Optional.of("call " + number + " did not finish");
    try {
      failure = converse(start, allReplies);
      if (failure.isEmpty() && call.hangUp() && !ended) {
        api.hangUp(callId);
        ended = true;
      }
      return failure;
    } finally {
      if (!ended && failure.isPresent()) {
        hangUpQuietly();
      }
    }
  }

  private Optional<String> converse(Map<String, Object> start, List<String> allReplies) {
    String greeting = heard(start, allReplies);
    Optional<String> failure = call.greeting().flatMap(e -> e.check(greeting, List.of()));
    if (failure.isPresent()) {
      return Optional.of("call " + number + " greeting: " + failure.get());
    }
    List<String> turnReplies = new ArrayList<>();
    for (int t = 0; t < call.turns().size(); t++) {
      Scenario.Turn turn = call.turns().get(t);
      if (ended) {
        return endedEarly(t);
      }
      Map<String, Object> answer = turn.say().isPresent()
          ? api.say(callId, turn.say().get()) : api.press(callId, turn.digits().orElseThrow());
      String replies = heard(answer, allReplies);
      failure = turn.expect().flatMap(e -> e.check(replies, turnReplies));
      if (failure.isPresent()) {
        return Optional.of("call " + number + " turn " + (t + 1) + ": " + failure.get());
      }
      turnReplies.add(replies);
    }
    return Optional.empty();
  }

  /** Chris may end a call early (e.g. a transfer); that only fails when a later turn still expects something. */
  private Optional<String> endedEarly(int firstUnplayed) {
    for (int t = firstUnplayed; t < call.turns().size(); t++) {
      if (call.turns().get(t).expect().isPresent()) {
        return Optional.of("call " + number + ": Chris ended the call before turn " + (t + 1)
            + ", which has expectations");
      }
    }
    return Optional.empty();
  }

  private String heard(Map<String, Object> answer, List<String> allReplies) {
    ended = Boolean.TRUE.equals(answer.get("ended"));
    List<String> replies = new ArrayList<>();
    if (answer.get("replies") instanceof List<?> list) {
      list.forEach(r -> replies.add(String.valueOf(r)));
    }
    allReplies.addAll(replies);
    return String.join(" ", replies);
  }

  private void hangUpQuietly() {
    try {
      api.hangUp(callId);
      ended = true;
    } catch (ChrisApiClient.ApiCallException e) {
      // The call may have ended on Chris's side meanwhile; the scenario's verdict does not depend on it.
    }
  }
}
