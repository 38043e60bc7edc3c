package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.FixedLines;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.FailureKind;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Portfolio;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import app.chris.core.voice.CachingSpeechSynthesizer;
import app.chris.core.voice.PhraseCache;
import app.chris.core.voice.PhraseCacheLimits;
import app.chris.core.voice.SpeechMetrics;
import app.chris.core.voice.VoiceCallOutput;
import app.chris.testkit.RecordingCallerLine;
import app.chris.testkit.voice.CannedSpeechSynthesizer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice vendor goes down mid-call: Chris never goes silent. The fixed lines still play from the phrase cache
 * (apology, then a transfer to the office, or a message when there is nobody to transfer to) and staff get the
 * call.
 */
class VoiceDownTest {
  private final Harness h = new Harness();
  private final CannedSpeechSynthesizer vendor = new CannedSpeechSynthesizer();
  private final RecordingCallerLine line = new RecordingCallerLine();
  private final AtomicReference<FailureKind> lost = new AtomicReference<>();
  @TempDir Path phrases;
  private long bytesBeforeHandOff;

  /** A voice call whose fixed lines were warmed before the vendor went down. */
  private CallSession call() {
    CachingSpeechSynthesizer voice = new CachingSpeechSynthesizer(vendor,
        new PhraseCache(phrases, "voice/flash", PhraseCacheLimits.defaults()), new SpeechMetrics());
    voice.warmUp(FixedLines.forCompany(h.portfolio.company()));
    VoiceCallOutput output = new VoiceCallOutput(voice, line, event -> {}, lost::set);
    CallSession session = h.assistant().startCall(new CallStart(new CallId("c_voice_down"), Channel.PHONE,
        Optional.of(new PhoneNumber("+13125550188")), Optional.empty()), output);
    session.begin();
    line.marks().forEach(output::markPlayed);
    vendor.failFromNowOn(FailureKind.UNAVAILABLE);
    h.model.says("The pool opens at ten and closes at eight.");
    session.onCallerText("When is the pool open?");
    assertThat(lost.get()).as("the voice reported itself lost").isEqualTo(FailureKind.UNAVAILABLE);
    bytesBeforeHandOff = line.audioBytes();
    session.onVoiceLost(lost.get()); // as the phone host does, after the turn
    line.marks().forEach(output::markPlayed);
    return session;
  }

  private long whole(String sentence) {
    return (vendor.bytesFor(sentence) + 159) / 160 * 160L;
  }

  private CallRecord record() {
    return h.callLog.find(new CallId("c_voice_down")).orElseThrow();
  }

  @Test
  void givenTheVoiceDown_whenChrisCannotSpeakHisReply_thenCachedLinesApologiseAndTheCallGoesToTheOffice() {
    call();

    assertThat(line.summary()).endsWith("transfer:+12175550100");
    assertThat(line.audioBytes() - bytesBeforeHandOff).as("both apology sentences played from the cache")
        .isEqualTo(whole("I'm sorry, I'm having trouble with my line.")
            + whole("Let me put you through to someone at the office."));
    CallRecord record = record();
    assertThat(record.outcome()).contains(Outcome.TRANSFER);
    assertThat(record.transcript()).extracting(TranscriptLine::text).containsSubsequence(
        "When is the pool open?", "I'm sorry, I'm having trouble with my line.",
        "Let me put you through to someone at the office.");
    assertThat(record.actions()).anySatisfy(a -> assertThat(a.kind()).isEqualTo("voice_unavailable"));
  }

  @Test
  void givenNobodyToTransferTo_whenTheVoiceIsDown_thenChrisTakesAMessageInCachedLinesAndHangsUp() {
    CompanyProfile c = h.portfolio.company();
    Portfolio p = h.portfolio.portfolio();
    h.portfolio.replace(new Portfolio(new CompanyProfile(c.name(), c.assistantName(), Optional.empty(), c.timeZone(),
        c.officeHours(), c.emergencyContacts(), c.notificationEmails(), c.facts()), p.admins(), p.properties(),
        p.tenants(), p.balances()));
    CallSession session = call();
    assertThat(line.summary()).doesNotContain("hangup").noneMatch(e -> e.startsWith("transfer"));

    session.onCallerText("This is Ana Ruiz at 120 Maple Court 1A, my kitchen sink is leaking.");

    assertThat(line.summary()).endsWith("hangup");
    CallRecord record = record();
    assertThat(record.outcome()).contains(Outcome.MESSAGE);
    assertThat(record.transcript()).filteredOn(l -> l.speaker() == Speaker.ASSISTANT).extracting(TranscriptLine::text)
        .contains("Please tell me your name, your address and what's going on, and I'll pass it to the office.",
            "Thank you, I've passed that on, and someone from the office will call you back soon.");
    assertThat(record.transcript()).extracting(TranscriptLine::text)
        .contains("This is Ana Ruiz at 120 Maple Court 1A, my kitchen sink is leaking.");
    assertThat(record.ended()).isTrue();
  }
}
