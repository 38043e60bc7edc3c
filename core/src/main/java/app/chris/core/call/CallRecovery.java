package app.chris.core.call;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Outcome;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.ServiceDesk;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.TranscriptLine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the calls a stopped process left open (kill -9, power loss): each keeps the transcript committed turn
 * by turn, is marked ended at its last known moment, abandoned unless it already had an outcome, and gets the
 * transcript email and call note it never sent, in the same transaction. Run once at start, before calls are taken.
 */
public final class CallRecovery {
  static final String ACTION = "recovered";
  private static final Logger LOG = LoggerFactory.getLogger(CallRecovery.class);
  private static final int BATCH = 200;
  private static final int RECENT_REQUESTS = 500;

  private final CallLog callLog;
  private final PropertyDirectory directory;
  private final ServiceDesk serviceDesk;
  private final Clock clock;

  public CallRecovery(CallLog callLog, PropertyDirectory directory, ServiceDesk serviceDesk, Clock clock) {
    this.callLog = Objects.requireNonNull(callLog, "callLog");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Finishes every open call that started before {@code startedBefore}; returns how many. */
  public int recover(Instant startedBefore) {
    int recovered = 0;
    List<CallRecord> open = callLog.unfinished(startedBefore, BATCH);
    while (!open.isEmpty()) {
      List<ServiceRequest> requests = serviceDesk.recent(RECENT_REQUESTS);
      for (CallRecord call : open) {
        finish(call, requests);
        recovered++;
      }
      open = callLog.unfinished(startedBefore, BATCH);
    }
    if (recovered > 0) {
      LOG.warn("Recovered {} call(s) left open by a previous run: marked ended, transcripts queued", recovered);
    }
    return recovered;
  }

  private void finish(CallRecord call, List<ServiceRequest> requests) {
    Instant endedAt = lastKnown(call);
    Outcome outcome = call.outcome().orElse(Outcome.ABANDONED);
    List<CallAction> actions = new ArrayList<>(call.actions());
    actions.add(new CallAction(ACTION, false, "cut off: the server stopped during the call; closed at the next "
        + "start (" + clock.instant() + ")", endedAt));
    String summary = CallRecorder.summary(call.intents(), Optional.of(outcome), call.verified(), actions);
    CallRecord finished = new CallRecord(call.id(), call.channel(), call.from(), call.startedAt(),
        Optional.of(endedAt), call.tenantId(), call.verified(), call.intents(), Optional.of(outcome), summary,
        call.transcript(), actions);
    List<ServiceRequest> filed = requests.stream().filter(r -> r.callId().equals(call.id())).toList();
    callLog.save(finished, CallRecorder.effects(finished, directory.company(), filed));
  }

  /** The last moment anything of the call was committed: a transcript line, an action, or its start. */
  private static Instant lastKnown(CallRecord call) {
    return Stream.concat(call.transcript().stream().map(TranscriptLine::at), call.actions().stream().map(CallAction::at))
        .max(Instant::compareTo).filter(at -> at.isAfter(call.startedAt())).orElse(call.startedAt());
  }
}
