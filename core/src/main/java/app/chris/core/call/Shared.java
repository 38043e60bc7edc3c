package app.chris.core.call;

import app.chris.core.dialogue.DialogueServices;
import app.chris.core.greeting.Greeter;
import app.chris.core.routing.ModelRouter;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/** What a {@link VoiceAssistant} shares with every call it starts. Thread-safe parts only. */
record Shared(AssistantDependencies deps, AssistantSettings settings, DialogueServices services,
    ModelRouter router, Greeter greeter, ExecutorService executor) {
  Shared {
    Objects.requireNonNull(deps, "deps");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(router, "router");
    Objects.requireNonNull(greeter, "greeter");
    Objects.requireNonNull(executor, "executor");
  }
}
