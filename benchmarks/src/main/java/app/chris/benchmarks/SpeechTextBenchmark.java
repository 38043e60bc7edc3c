package app.chris.benchmarks;

import app.chris.core.speech.SentenceSplitter;
import app.chris.core.voice.SpokenText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Text on its way to the voice: a model reply streamed in small deltas and cut into sentences as they complete
 * (what every turn does before synthesis), and one sentence normalised for speech (money, unit, phone, date).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpeechTextBenchmark {
  static final String REPLY = "Thank you, Eve. You're all verified. Your current balance is $310.75, due on "
      + "December 1, 2026. Unit 1B at 120 Maple Ct. is on the list for a visit. Anything else I can do for you?";
  static final String SENTENCE = "Your balance of $1,250.50 for unit 2A is due on 12/01/2026; call us at "
      + "(217) 555-0100 before 5:30 pm.";
  private static final List<String> DELTAS = deltas(REPLY, 6);

  @Benchmark
  public void splitStreamedReply(Blackhole out) {
    SentenceSplitter splitter = new SentenceSplitter();
    for (String delta : DELTAS) {
      out.consume(splitter.add(delta));
    }
    out.consume(splitter.finish());
  }

  @Benchmark
  public String normaliseSentence() {
    return SpokenText.normalize(SENTENCE);
  }

  /** Model deltas are a few characters each. */
  private static List<String> deltas(String text, int size) {
    List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); i += size) {
      parts.add(text.substring(i, Math.min(text.length(), i + size)));
    }
    return List.copyOf(parts);
  }
}
