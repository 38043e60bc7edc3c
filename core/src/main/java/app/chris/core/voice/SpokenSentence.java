package app.chris.core.voice;

import java.util.Objects;

/**
 * One sentence Chris said on a voice call and how far it got: still being synthesized, sent to the line and
 * playing, confirmed heard (its mark came back), or cut off (barge-in or a synthesis failure).
 */
public record SpokenSentence(String text, Delivery delivery) {
  public SpokenSentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(delivery, "delivery");
  }

  public boolean heard() {
    return delivery == Delivery.HEARD;
  }

  /** How far a sentence got towards the caller's ear. */
  public enum Delivery {
    SYNTHESIZING,
    PLAYING,
    HEARD,
    CUT_OFF
  }
}
