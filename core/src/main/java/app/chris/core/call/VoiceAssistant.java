package app.chris.core.call;

import java.util.Objects;

/**
 * Chris: creates one {@link CallSession} per call over shared dependencies. Thread-safe; holds no per-call state.
 * This is the core's driving API for hosts (the phone gateway, the test-call API, embedding applications).
 */
public final class VoiceAssistant {
  private final AssistantDependencies deps;
  private final AssistantSettings settings;

  public VoiceAssistant(AssistantDependencies deps, AssistantSettings settings) {
    this.deps = Objects.requireNonNull(deps, "deps");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Starts a call; the session greets the caller through {@code output} when {@link CallSession#begin()} runs. */
  public CallSession startCall(CallStart start, CallOutput output) {
    return new CallSession(start, output, deps, settings);
  }
}
