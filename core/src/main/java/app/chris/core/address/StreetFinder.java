package app.chris.core.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds every portfolio street named in a normalised utterance, exactly or with small slips. */
final class StreetFinder {
  private static final double MISSING_SUFFIX = 0.25;
  private static final double WRONG_SUFFIX = 1.0;
  private static final double PER_TYPO = 0.75;

  private final AddressIndex index;

  StreetFinder(AddressIndex index) {
    this.index = index;
  }

  List<StreetHit> find(List<String> tokens) {
    List<StreetHit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i);
      for (Street street : index.streetsStartingWith(word)) {
        fit(tokens, i, street, 0).ifPresent(hits::add);
      }
      for (String near : index.wordsNear(word)) {
        for (Street street : index.streetsStartingWith(near)) {
          fit(tokens, i, street, FuzzyWords.distance(word, near)).ifPresent(hits::add);
        }
      }
    }
    return hits;
  }

  private Optional<StreetHit> fit(List<String> tokens, int start, Street street, int typos) {
    List<String> core = street.core();
    int end = start + core.size();
    if (end > tokens.size()) {
      return Optional.empty();
    }
    for (int k = 1; k < core.size(); k++) {
      String heard = tokens.get(start + k);
      String want = core.get(k);
      int d = heard.equals(want) ? 0 : FuzzyWords.distance(heard, want);
      if (d > 0 && (heard.length() < 4 || d > FuzzyWords.maxEdits(want))) {
        return Optional.empty();
      }
      typos += d;
    }
    String heardSuffix = end < tokens.size() && StreetWords.isSuffix(tokens.get(end)) ? tokens.get(end) : "";
    boolean suffixRight = heardSuffix.equals(street.suffix());
    boolean suffixMissing = heardSuffix.isEmpty() && !street.suffix().isEmpty();
    int numberAt = numberBefore(tokens, start);
    String number = numberAt < 0 ? "" : tokens.get(numberAt);
    boolean accepted = !number.isEmpty() || (typos == 0 && !suffixMissing) || (suffixRight && typos > 0);
    if (!accepted) {
      return Optional.empty();
    }
    double penalty = typos * PER_TYPO + (suffixMissing ? MISSING_SUFFIX : 0) + (suffixRight || suffixMissing ? 0
        : WRONG_SUFFIX);
    boolean exact = typos == 0 && (suffixRight || suffixMissing);
    int stop = heardSuffix.isEmpty() ? end : end + 1;
    return Optional.of(new StreetHit(street, start, stop, number, numberAt, exact, penalty));
  }

  /** The street number said right before the name ("120 maple"), skipping one pause; never a unit number. */
  private static int numberBefore(List<String> tokens, int start) {
    int k = start - 1;
    if (k >= 0 && tokens.get(k).equals(AddressNormalizer.BREAK)) {
      k--;
    }
    if (k < 0 || !AddressNormalizer.isNumber(tokens.get(k))) {
      return -1;
    }
    return k > 0 && tokens.get(k - 1).equals("unit") ? -1 : k;
  }
}
