package app.chris.core.offline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nearest-neighbour intent matching over the exemplars in exemplars.txt: TF-IDF weighted cosine between the
 * utterance's features and every exemplar's; a need scores its best exemplar. Immutable and thread-safe.
 */
final class IntentClassifier {
  private record Exemplar(Need need, Map<String, Double> vector) {}

  private final Features features;
  private final SpellFixer speller;
  private final Map<String, Double> idf = new HashMap<>();
  private final List<Exemplar> exemplars = new ArrayList<>();

  IntentClassifier(Features features, SpellFixer speller, List<String> lines) {
    this.features = features;
    this.speller = speller;
    List<Need> needs = new ArrayList<>();
    List<Map<String, Double>> raw = new ArrayList<>();
    for (String line : lines) {
      int bar = line.indexOf('|');
      needs.add(Need.valueOf(line.substring(0, bar).strip()));
      raw.add(features.of(NumberWords.digitize(Normalizer.tokens(line.substring(bar + 1)))));
    }
    Map<String, Integer> df = new HashMap<>();
    raw.forEach(v -> v.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
    df.forEach((k, n) -> idf.put(k, Math.log(1.0 + (double) raw.size() / n)));
    for (int i = 0; i < raw.size(); i++) {
      exemplars.add(new Exemplar(needs.get(i), weigh(raw.get(i))));
    }
  }

  /** Best cosine per need for the given (normalised) tokens; empty when nothing is recognisable. */
  Map<Need, Double> scores(List<String> tokens) {
    Map<String, Double> query = weigh(features.of(speller.fix(tokens)));
    Map<Need, Double> best = new EnumMap<>(Need.class);
    if (query.isEmpty()) {
      return best;
    }
    for (Exemplar e : exemplars) {
      double s = cosine(query, e.vector());
      if (s > 0) {
        best.merge(e.need(), s, Math::max);
      }
    }
    return best;
  }

  private Map<String, Double> weigh(Map<String, Double> raw) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      double w = e.getValue() * idf.getOrDefault(e.getKey(), 1.0);
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    v.replaceAll((k, w) -> w / n);
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot;
  }
}
