package app.chris.core.offline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nearest-neighbour intent matching over the exemplars in exemplars.txt: TF-IDF weighted cosine between the
 * utterance's features and every exemplar's (through an inverted index); a need scores its best exemplar.
 * Immutable and thread-safe.
 */
final class IntentClassifier {
  private record Posting(int exemplar, double weight) {}

  private final Features features;
  private final SpellFixer speller;
  private final Map<String, Double> idf = new HashMap<>();
  private final Map<String, List<Posting>> postings = new HashMap<>();
  private final Need[] needs;

  IntentClassifier(Features features, SpellFixer speller, List<String> lines) {
    this.features = features;
    this.speller = speller;
    this.needs = new Need[lines.size()];
    List<Map<String, Double>> raw = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int bar = line.indexOf('|');
      needs[i] = Need.valueOf(line.substring(0, bar).strip());
      raw.add(features.of(NumberWords.digitize(Normalizer.tokens(line.substring(bar + 1)))));
    }
    Map<String, Integer> df = new HashMap<>();
    raw.forEach(v -> v.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
    df.forEach((k, n) -> idf.put(k, Math.log(1.0 + (double) raw.size() / n)));
    for (int i = 0; i < raw.size(); i++) {
      for (Map.Entry<String, Double> e : weigh(raw.get(i)).entrySet()) {
        postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Posting(i, e.getValue()));
      }
    }
  }

  /** Best cosine per need for the given (normalised) tokens; empty when nothing is recognisable. */
  Map<Need, Double> scores(List<String> tokens) {
    double[] dot = new double[needs.length];
    for (Map.Entry<String, Double> q : weigh(features.of(speller.fix(tokens))).entrySet()) {
      for (Posting p : postings.getOrDefault(q.getKey(), List.of())) {
        dot[p.exemplar()] += q.getValue() * p.weight();
      }
    }
    Map<Need, Double> best = new EnumMap<>(Need.class);
    for (int i = 0; i < dot.length; i++) {
      if (dot[i] > 0) {
        best.merge(needs[i], dot[i], Math::max);
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
}
