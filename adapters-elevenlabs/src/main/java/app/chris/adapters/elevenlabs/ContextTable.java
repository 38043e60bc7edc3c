package app.chris.adapters.elevenlabs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A socket's contexts: live (audio goes to the listener), finishing (flushed and closed, audio still coming until
 * isFinal) and closing (cancelled, awaiting isFinal; their audio is dropped). Thread-safe.
 */
final class ContextTable {
  private final Map<String, ContextListener> live = new ConcurrentHashMap<>();
  private final Set<String> finishing = ConcurrentHashMap.newKeySet();
  private final Set<String> closing = ConcurrentHashMap.newKeySet();

  private boolean drained;

  /** False when the socket already died: the context was never opened and its listener must be told. */
  synchronized boolean add(String id, ContextListener listener) {
    if (drained) {
      return false;
    }
    live.put(id, listener);
    return true;
  }

  /** Open contexts as ElevenLabs counts them: everything not yet answered with isFinal. */
  int open() {
    return live.size() + closing.size();
  }

  /** True the first time: the caller sends flush + close_context. */
  boolean finish(String id) {
    return live.containsKey(id) && finishing.add(id);
  }

  /** Stops delivery; returns true when close_context still has to be sent (not already sent by finish). */
  boolean cancel(String id) {
    if (live.remove(id) == null) {
      return false;
    }
    closing.add(id);
    return !finishing.remove(id);
  }

  /** Contexts that may receive a keep-alive: live and not yet closed by us. */
  List<String> keepAliveIds() {
    return live.keySet().stream().filter(id -> !finishing.contains(id)).collect(Collectors.toList());
  }

  Optional<ContextListener> listener(String id) {
    return Optional.ofNullable(live.get(id));
  }

  /** isFinal arrived: the listener to tell, if the context was still live. */
  Optional<ContextListener> ended(String id) {
    closing.remove(id);
    finishing.remove(id);
    return Optional.ofNullable(live.remove(id));
  }

  /** The socket died: every live listener, removed; later adds are refused. */
  synchronized List<ContextListener> drain() {
    drained = true;
    closing.clear();
    finishing.clear();
    List<ContextListener> listeners = List.copyOf(live.values());
    live.clear();
    return listeners;
  }
}
