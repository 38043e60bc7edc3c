package app.chris.core.call;

import app.chris.core.dialogue.AddressBooks;
import app.chris.core.dialogue.AnswerCache;
import app.chris.core.dialogue.DialogueServices;
import app.chris.core.greeting.Greeter;
import app.chris.core.routing.ModelRouter;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chris: creates one {@link CallSession} per call over shared dependencies. Thread-safe; holds no per-call state
 * (only caches keyed on portfolio and knowledge versions, and a pool of daemon threads for model and tool work).
 * This is the core's driving API for hosts (the phone gateway, the test-call API, embedding applications).
 */
public final class VoiceAssistant {
  private final Shared shared;

  public VoiceAssistant(AssistantDependencies deps, AssistantSettings settings) {
    Objects.requireNonNull(deps, "deps");
    Objects.requireNonNull(settings, "settings");
    ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
    DialogueServices services = new DialogueServices(deps.directory(), deps.ledger(), deps.knowledge(),
        deps.serviceDesk(), deps.outbox(), deps.clock(), settings.maxVerificationAttempts(),
        new AddressBooks(deps.directory()), new AnswerCache(deps.directory(), deps.knowledge()));
    this.shared = new Shared(deps, settings, services,
        new ModelRouter(deps.models(), settings.holdAfter(), settings.modelTimeout(),
            settings.failoverBudget(), executor),
        new Greeter(deps.ledger(), deps.callLog(), deps.clock(), new Random()), executor);
  }

  /** Starts a call; the session greets the caller through {@code output} when {@link CallSession#begin()} runs. */
  public CallSession startCall(CallStart start, CallOutput output) {
    return new CallSession(start, output, shared);
  }

  /** How many answers came from the answer cache so far (metrics, tests). */
  public int cachedAnswers() {
    return shared.services().answers().hits();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "chris-call-work-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
