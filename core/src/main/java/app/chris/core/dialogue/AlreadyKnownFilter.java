package app.chris.core.dialogue;

import app.chris.core.address.ResolvedAddress;
import app.chris.core.speech.SentenceFilter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chris never asks again for something the caller already gave: a model's question for a name or an address
 * that is in the call's facts is dropped before the caller hears it. Reads the call's context during its turn.
 */
public final class AlreadyKnownFilter implements SentenceFilter {
  private static final Pattern ASKS_NAME = Pattern.compile(
      "(?i)(what'?s|what is|may I (have|get)|can I (have|get)|could I (have|get)) (your|the caller'?s) (full )?name"
          + "|who am I speaking with|who'?s calling");
  private static final Pattern ASKS_ADDRESS = Pattern.compile(
      "(?i)(what'?s|what is|may I (have|get)|can I (have|get)|could I (have|get)|where do you live)"
          + "( is)? (your|the) (street )?address");
  private final CallContext ctx;

  public AlreadyKnownFilter(CallContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Optional<String> apply(String sentence) {
    if (!sentence.endsWith("?")) {
      return Optional.of(sentence);
    }
    if (ctx.callerName.isPresent() && ASKS_NAME.matcher(sentence).find()
        && !sentence.toLowerCase().contains("on your lease")) {
      return Optional.empty();
    }
    if (ctx.address.flatMap(ResolvedAddress::unitId).isPresent() && ASKS_ADDRESS.matcher(sentence).find()
        && !sentence.toLowerCase().contains("on your lease")) {
      return Optional.empty();
    }
    return Optional.of(sentence);
  }

  /** Both filters in order: first what must never be said, then what need not be asked again. */
  public static SentenceFilter after(SentenceFilter first, SentenceFilter second) {
    return sentence -> first.apply(sentence).flatMap(second::apply);
  }
}
