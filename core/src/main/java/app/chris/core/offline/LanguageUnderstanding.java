package app.chris.core.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline engine's understanding of one caller line: normalise, repair typos, find concepts, match intents by
 * nearest neighbour (whole line and each clause, so one line can carry several needs), then apply the
 * deterministic detectors (emergencies, issues, names, addresses, numbers, answers). Immutable and thread-safe;
 * load once and share.
 */
final class LanguageUnderstanding {
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("(?<=[.!?;])\\s+|,\\s*|\\s+-\\s+|\\s+(?=(?:but|and then|also|plus)\\s)");
  private final Lexicon lexicon;
  private final SpellFixer speller;
  private final IntentClassifier classifier;
  private final Names names;

  private LanguageUnderstanding(Lexicon lexicon, List<String> exemplars, Set<String> vocabulary) {
    this.lexicon = lexicon;
    this.speller = new SpellFixer(vocabulary);
    this.classifier = new IntentClassifier(new Features(lexicon), speller, exemplars);
    this.names = new Names(vocabulary);
  }

  static LanguageUnderstanding load() {
    Lexicon lexicon = Lexicon.load();
    List<String> exemplars = Resources.lines("exemplars.txt");
    Set<String> vocabulary = new HashSet<>(lexicon.words());
    for (String line : exemplars) {
      vocabulary.addAll(Normalizer.tokens(line.substring(line.indexOf('|') + 1)));
    }
    Resources.lines("common-words.txt").forEach(l -> vocabulary.addAll(Arrays.asList(l.split("\\s+"))));
    // The exemplars' example names are not ordinary words.
    vocabulary.removeAll(Set.of("ana", "ben", "cho", "tom", "baker", "hana", "ito", "pat", "chris", "sam", "lee"));
    return new LanguageUnderstanding(lexicon, exemplars, vocabulary);
  }

  Understanding understand(String said) {
    String text = Normalizer.fold(said);
    Concepts all = concepts(text);
    List<Clause> clauses = clauses(text, all);
    boolean done = all.has("done") || all.has("bye") || closingThanks(all);
    Answer answer = Answers.read(text, done);
    Slots slots = slots(text, all);
    Optional<String> emergency = emergency(clauses, all);
    Optional<Issue> issue = issue(text, clauses, all, emergency, slots);
    // The whole line's tokens are known already: tokenising is most of what understanding a line costs.
    Map<Need, Double> needs = Needs.decide(classifier, t -> t.equals(text) ? all.tokens() : tokens(t), text, clauses,
        answer, slots, emergency, issue.isPresent());
    Optional<String> complaint = needs.containsKey(Need.COMPLAINT)
        ? Descriptions.complaint(clauses, slots.name()) : Optional.empty();
    return new Understanding(text, List.copyOf(needs.keySet()), needs, emergency, issue, complaint, Inquiries.read(all), slots, answer);
  }

  private Slots slots(String text, Concepts all) {
    Optional<String> name = names.find(text);
    Optional<String> bare = name.isEmpty() ? names.bare(text) : Optional.empty();
    Optional<String> fact = Teaching.fact(text);
    List<String> digits = NumberWords.digitize(Normalizer.tokens(text));
    return new Slots(name, bare.filter(b -> all.mentions().isEmpty()), Addresses.find(text),
        Addresses.bareNumber(text), Numbers.phone(digits), Dates.find(text), Numbers.pin(digits), fact,
        fact.flatMap(Teaching::property));
  }

  private Optional<String> emergency(List<Clause> clauses, Concepts all) {
    for (Clause c : clauses) {
      Optional<String> kind = Emergencies.kind(c.concepts());
      if (kind.isPresent()) {
        return kind;
      }
    }
    return Emergencies.kind(all);
  }

  private Optional<Issue> issue(String text, List<Clause> clauses, Concepts all, Optional<String> emergency, Slots slots) {
    Optional<String> category = Issues.category(all);
    if (category.isEmpty() && emergency.isEmpty()) {
      return Optional.empty();
    }
    String cat = category.orElse("general");
    Optional<String> words = Descriptions.issue(clauses, slots.name(),
        c -> Issues.category(c).isPresent() || Emergencies.kind(c).isPresent() || c.has("broken"));
    String description = words.orElseGet(() -> Descriptions.clean(text, slots.name(), false));
    return Optional.of(new Issue(cat, description, Issues.priority(all, cat, emergency.isPresent())));
  }

  List<String> tokens(String text) {
    return speller.fix(NumberWords.digitize(Normalizer.tokens(text)));
  }

  private Concepts concepts(String text) {
    List<String> tokens = tokens(text);
    return new Concepts(tokens, lexicon.mentions(tokens));
  }

  /** The line's clauses; a line of one clause reuses the whole line's concepts ({@code all}). */
  private List<Clause> clauses(String text, Concepts all) {
    List<Clause> out = new ArrayList<>();
    for (String part : CLAUSE_BREAK.split(text)) {
      if (!part.isBlank()) {
        out.add(new Clause(part.strip(), part.equals(text) ? all : concepts(part)));
      }
    }
    return out;
  }

  // "okay, thank you" / "thanks" alone closes a conversation; "thanks, my sink is clogged" does not.
  private static boolean closingThanks(Concepts all) {
    return all.has("thanks") && all.tokens().size() <= 5 && all.mentions().stream()
        .allMatch(m -> Set.of("thanks", "greet", "done", "bye").contains(m.concept()));
  }

  Map<Need, Double> scores(String text) {
    return classifier.scores(tokens(text));
  }
}
