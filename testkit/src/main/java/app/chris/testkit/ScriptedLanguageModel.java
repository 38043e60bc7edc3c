package app.chris.testkit;

import app.chris.core.port.FailureKind;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import app.chris.core.port.ToolCall;
import app.chris.core.port.ToolExchange;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A language model that plays a script, for tests. Each caller turn takes the next scripted reply ({@link #says},
 * {@link #uses}); after tools ran, it relays the tools' {@code say} values unless a follow-up was scripted with
 * {@link #thenSays}/{@link #thenUses}. {@link #failNext} and {@link #delay} simulate outages and slowness. Text
 * is streamed word by word. Records every prompt it saw. Thread-safe.
 */
public final class ScriptedLanguageModel implements LanguageModel {
  private final String name;
  private final Deque<Step> script = new ArrayDeque<>();
  private final Deque<FailureKind> failures = new ArrayDeque<>();
  private final List<Prompt> prompts = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private Duration delay = Duration.ZERO;
  private boolean provenHealthy;

  public ScriptedLanguageModel(String name) {
    this.name = name;
  }

  public ScriptedLanguageModel() {
    this("scripted");
  }

  @Override
  public String name() {
    return name;
  }

  /** The next caller turn is answered with this text. */
  public synchronized ScriptedLanguageModel says(String text) {
    script.add(new Step(false, new ModelReply.Text(text)));
    return this;
  }

  /** The next caller turn calls one tool; {@code args} alternate key, value. */
  public synchronized ScriptedLanguageModel uses(String tool, String... args) {
    script.add(new Step(false, new ModelReply.ToolUse("", List.of(call(tool, args)))));
    return this;
  }

  /** The next caller turn calls these tools together. */
  public synchronized ScriptedLanguageModel usesAll(ToolCall... calls) {
    script.add(new Step(false, new ModelReply.ToolUse("", List.of(calls))));
    return this;
  }

  /** Any scripted reply, taken on a turn's first step. */
  public synchronized ScriptedLanguageModel replies(ModelReply reply) {
    script.add(new Step(false, reply));
    return this;
  }

  /** After the previous step's tools ran, say this instead of relaying their results. */
  public synchronized ScriptedLanguageModel thenSays(String text) {
    script.add(new Step(true, new ModelReply.Text(text)));
    return this;
  }

  /** After the previous step's tools ran, call another tool. */
  public synchronized ScriptedLanguageModel thenUses(String tool, String... args) {
    script.add(new Step(true, new ModelReply.ToolUse("", List.of(call(tool, args)))));
    return this;
  }

  /** The next call to {@link #complete} throws a {@link PortException} of this kind. */
  public synchronized ScriptedLanguageModel failNext(FailureKind kind) {
    failures.add(kind);
    return this;
  }

  /** Every following reply takes this long (interruptibly); {@code Duration.ZERO} to stop. */
  public synchronized ScriptedLanguageModel delay(Duration by) {
    this.delay = by;
    return this;
  }

  /** What {@link #provenHealthy} answers from now on (false at first, like a model with no record). */
  public synchronized ScriptedLanguageModel provenHealthy(boolean healthy) {
    this.provenHealthy = healthy;
    return this;
  }

  @Override
  public synchronized boolean provenHealthy() {
    return provenHealthy;
  }

  public synchronized List<Prompt> prompts() {
    return List.copyOf(prompts);
  }

  public synchronized Prompt lastPrompt() {
    return prompts.get(prompts.size() - 1);
  }

  public synchronized int remaining() {
    return script.size();
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    ModelReply reply;
    Duration wait;
    synchronized (this) {
      prompts.add(prompt);
      if (!failures.isEmpty()) {
        throw new PortException(failures.poll(), name + " scripted failure");
      }
      reply = next(prompt);
      wait = delay;
    }
    sleep(wait);
    for (String word : reply.text().split("(?<= )")) {
      stream.delta(word);
    }
    return reply;
  }

  private ModelReply next(Prompt prompt) {
    boolean afterTools = !prompt.toolExchanges().isEmpty();
    Step head = script.peek();
    if (head != null && head.afterTools == afterTools) {
      return script.poll().reply;
    }
    if (afterTools) {
      return new ModelReply.Text(relay(prompt.toolExchanges()));
    }
    return new ModelReply.Text("");
  }

  /** The say values of every tool run this turn; the core drops a sentence repeated within one reply. */
  private static String relay(List<ToolExchange> exchanges) {
    return exchanges.stream().map(e -> e.result().data().getOrDefault("say", ""))
        .filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
  }

  private ToolCall call(String tool, String... args) {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in key, value pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      map.put(args[i], args[i + 1]);
    }
    return ToolCall.of("call_" + ids.incrementAndGet(), tool, map);
  }

  private static void sleep(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortException(FailureKind.TIMEOUT, "interrupted while delayed");
    }
  }

  private record Step(boolean afterTools, ModelReply reply) {}
}
