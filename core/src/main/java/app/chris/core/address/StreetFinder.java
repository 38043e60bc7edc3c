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
        fit(tokens, i, street, 0, 0).ifPresent(hits::add);
      }
      for (Street street : index.streetsAfterDirection(word)) {
        fit(tokens, i, street, 0, 1).ifPresent(hits::add); // "Main St" for "N Main St"
      }
      for (String near : index.wordsNear(word)) {
        for (Street street : index.streetsStartingWith(near)) {
          fit(tokens, i, street, FuzzyWords.distance(word, near), 0).ifPresent(hits::add);
        }
      }
    }
    return hits;
  }

  /** Fits {@code street} at {@code start}, its first {@code skipped} words (a direction) left unsaid. */
  private Optional<StreetHit> fit(List<String> tokens, int start, Street street, int typos, int skipped) {
    List<String> core = street.core();
    int end = start + core.size() - skipped;
    if (end > tokens.size()) {
      return Optional.empty();
    }
    int moreTypos = typosAfterFirstWord(tokens, start, core, skipped);
    if (moreTypos < 0) {
      return Optional.empty();
    }
    typos += moreTypos;
    String heardSuffix = end < tokens.size() && StreetWords.isSuffix(tokens.get(end)) ? tokens.get(end) : "";
    boolean suffixRight = heardSuffix.equals(street.suffix());
    boolean suffixMissing = heardSuffix.isEmpty() && !street.suffix().isEmpty();
    int numberAt = numberBefore(tokens, start);
    String number = numberAt < 0 ? "" : tokens.get(numberAt);
    // a lone word like "oak" is only a street with a number before it or a suffix after it
    boolean accepted = !number.isEmpty() || (typos == 0 && !suffixMissing) || (suffixRight && typos > 0);
    if (!accepted) {
      return Optional.empty();
    }
    double penalty = typos * PER_TYPO + (suffixMissing ? MISSING_SUFFIX : 0) + skipped * MISSING_SUFFIX
        + (suffixRight || suffixMissing ? 0 : WRONG_SUFFIX);
    boolean otherDirection =
        skipped > 0 && start > 0 && StreetWords.DIRECTION_SPOKEN.containsKey(tokens.get(start - 1));
    if (otherDirection) {
      penalty += WRONG_SUFFIX; // "South Main" is not "N Main"
    }
    boolean exact = typos == 0 && (suffixRight || suffixMissing) && !otherDirection;
    int stop = heardSuffix.isEmpty() ? end : end + 1;
    return Optional.of(
        new StreetHit(street, start, stop, number, numberAt, exact, !heardSuffix.isEmpty(), penalty));
  }

  /** Slips in the street's second and later words ("lake shor"), or -1 when they are not this street. */
  private static int typosAfterFirstWord(List<String> tokens, int start, List<String> core, int skipped) {
    int typos = 0;
    for (int k = skipped + 1; k < core.size(); k++) {
      String heard = tokens.get(start + k - skipped);
      String want = core.get(k);
      int d = heard.equals(want) ? 0 : FuzzyWords.distance(heard, want);
      if (d > 0 && (heard.length() < 4 || d > FuzzyWords.maxEdits(want))) {
        return -1;
      }
      typos += d;
    }
    return typos;
  }

  /**
   * The street number said right before the name ("120 maple"), past one pause or a direction the portfolio
   * does not write ("120 north maple"); never a unit number.
   */
  private static int numberBefore(List<String> tokens, int start) {
    int k = start - 1;
    if (k >= 0 && (tokens.get(k).equals(AddressNormalizer.BREAK)
        || StreetWords.DIRECTION_SPOKEN.containsKey(tokens.get(k)))) {
      k--;
    }
    if (k < 0 || !AddressNormalizer.isNumber(tokens.get(k))) {
      return -1;
    }
    return k > 0 && tokens.get(k - 1).equals("unit") ? -1 : k;
  }
}
