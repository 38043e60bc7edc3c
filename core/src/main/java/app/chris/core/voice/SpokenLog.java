package app.chris.core.voice;

import app.chris.core.voice.SpokenSentence.Delivery;
import java.util.ArrayList;
import java.util.List;

/**
 * Bookkeeping of one call's sentences by index: which were sent with a mark, which marks came back (playback is
 * in order, so a mark proves every earlier sentence was heard too). Not thread-safe: guarded by its owner's lock.
 */
final class SpokenLog {
  private static final int MAX_SENTENCES = 512;

  private final List<String> texts = new ArrayList<>();
  private final List<Delivery> deliveries = new ArrayList<>();
  private int dropped;

  int add(String text) {
    if (texts.size() == MAX_SENTENCES) {
      // Very long calls keep the recent history only; indexes stay stable through the offset.
      texts.remove(0);
      deliveries.remove(0);
      dropped++;
    }
    texts.add(text);
    deliveries.add(Delivery.SYNTHESIZING);
    return dropped + texts.size() - 1;
  }

  void set(int index, Delivery delivery) {
    int at = index - dropped;
    if (at >= 0 && at < deliveries.size()) {
      deliveries.set(at, delivery);
    }
  }

  /** The mark after sentence {@code index} came back: it and every earlier playing sentence were heard. */
  void heardThrough(int index) {
    for (int at = 0; at <= index - dropped && at < deliveries.size(); at++) {
      if (deliveries.get(at) == Delivery.PLAYING) {
        deliveries.set(at, Delivery.HEARD);
      }
    }
  }

  /** Barge-in: nothing still synthesizing or playing is proven heard. Returns those sentences, in order. */
  List<String> cutOff() {
    List<String> cut = new ArrayList<>();
    for (int at = 0; at < deliveries.size(); at++) {
      if (deliveries.get(at) == Delivery.SYNTHESIZING || deliveries.get(at) == Delivery.PLAYING) {
        deliveries.set(at, Delivery.CUT_OFF);
        cut.add(texts.get(at));
      }
    }
    return cut;
  }

  boolean awaitingPlayback() {
    return deliveries.contains(Delivery.PLAYING);
  }

  List<SpokenSentence> snapshot() {
    List<SpokenSentence> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(new SpokenSentence(texts.get(i), deliveries.get(i)));
    }
    return List.copyOf(out);
  }
}
