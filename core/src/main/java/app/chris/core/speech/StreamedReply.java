package app.chris.core.speech;

import app.chris.core.port.TextStream;
import java.util.concurrent.atomic.AtomicBoolean;

/** Text deltas of one model attempt, split into sentences as they stream. */
public final class StreamedReply implements TextStream {
  private final Speech speech;
  private final AtomicBoolean live;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private boolean streamed;

  StreamedReply(Speech speech, AtomicBoolean live) {
    this.speech = speech;
    this.live = live;
  }

  @Override
  public synchronized void delta(String text) {
    if (live.get() && !text.isEmpty()) {
      streamed = true;
      splitter.add(text).forEach(speech::sayOne);
    }
  }

  public synchronized boolean hasStreamed() {
    return streamed;
  }

  /** Says what remains; when nothing streamed, says {@code fullText} (models that do not stream). */
  public synchronized void finish(String fullText) {
    if (streamed) {
      splitter.finish().forEach(speech::sayOne);
    } else {
      speech.say(fullText);
    }
  }
}
