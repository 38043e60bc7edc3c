package app.chris.core.dialogue;

import app.chris.core.port.CompanyProfile;
import app.chris.core.port.KnowledgeFact;
import app.chris.core.port.OfficeHours;
import app.chris.core.port.Property;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the best answer to a general question among taught facts, portfolio facts, amenities and office hours
 * that name the question's topic ({@link KnowledgeRelevance}), ranked by shared content words. A taught fact gets
 * half a word's bonus over the portfolio (it is newer news, so it wins a tie on the same topic) and the newest
 * taught fact wins among taught ones. Never invents: with no relevant fact the answer is empty. Stateless.
 */
final class KnowledgeAnswers {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
  private final DialogueServices services;

  KnowledgeAnswers(DialogueServices services) {
    this.services = services;
  }

  Answer answer(String question) {
    return services.answers().get("q:" + String.join(" ", WordOverlap.words(question).stream().sorted().toList()),
        () -> compute(question));
  }

  private Answer compute(String question) {
    Set<String> asked = WordOverlap.words(question);
    Set<String> placeWords = placeWords();
    Set<String> topic = KnowledgeRelevance.topic(asked, placeWords);
    List<Candidate> candidates = candidates();
    // Only candidates that name one of the question's topic words compete (never a guess from a shared "deposit"
    // or "Maple Court"; see KnowledgeRelevance), and a taught fact's bonus must never let an unrelated fact win.
    Optional<Candidate> best = candidates.stream()
        .filter(c -> KnowledgeRelevance.answers(topic, c.words))
        .max(Comparator.comparingDouble((Candidate c) -> c.score(asked)).thenComparing(c -> c.order))
        .map(c -> newerOnSameTopic(c, topic, candidates));
    return best.map(c -> new Answer(Optional.of(c.text), c.source)).orElse(new Answer(Optional.empty(), "none"));
  }

  /**
   * When two disagree the newest taught fact wins: a taught fact that shares the question's topic words with the
   * best portfolio answer ("trash") replaces it, even if it matches the question's other words less well.
   */
  private static Candidate newerOnSameTopic(Candidate best, Set<String> asked, List<Candidate> candidates) {
    if (best.bonus > 0) {
      return best;
    }
    // The asked topic words leave out a property's name ("Maple Court"): it makes no two facts about one topic.
    Set<String> topic = asked.stream().filter(best.words::contains).collect(Collectors.toSet());
    return candidates.stream().filter(c -> c.bonus > 0 && WordOverlap.shared(topic, c.words) >= 1)
        .max(Comparator.comparingInt(c -> c.order)).orElse(best);
  }

  private Set<String> placeWords() {
    Set<String> out = new java.util.HashSet<>();
    for (Property p : services.directory().properties()) {
      out.addAll(WordOverlap.words(p.name()));
      out.addAll(WordOverlap.words(p.address().street() + " " + p.address().city()));
    }
    return out;
  }

  private List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>();
    CompanyProfile company = services.directory().company();
    company.facts().forEach(f -> out.add(new Candidate(f, "portfolio", 0, 0)));
    for (Property p : services.directory().properties()) {
      p.facts().forEach(f -> out.add(new Candidate("At " + p.name() + ", " + lowerLead(f), "portfolio", 0, 0)));
      if (!p.amenities().isEmpty()) {
        // "amenities" is in the sentence so that "what amenities do you have?" finds it among the other facts.
        out.add(new Candidate("The amenities at " + p.name() + " are " + join(p.amenities()) + ".", "portfolio",
            0, 0));
      }
    }
    hours(company.officeHours()).ifPresent(h -> out.add(new Candidate(h, "office_hours", 0, 0)));
    List<KnowledgeFact> taught = services.knowledge().active();
    for (int i = 0; i < taught.size(); i++) {
      KnowledgeFact f = taught.get(i);
      out.add(new Candidate(sentence(f.text()), "knowledge", 0.5, i + 1));
    }
    return out;
  }

  // "At Maple Court Apartments, the pool is open..." is said as one sentence, not "Apartments: The pool".
  private static String lowerLead(String fact) {
    return fact.matches("(?:The|A|An|Each|Every|All|Our|Trash|Quiet|Residents)\\b.*")
        ? Character.toLowerCase(fact.charAt(0)) + fact.substring(1) : fact;
  }

  private static Optional<String> hours(List<OfficeHours> hours) {
    if (hours.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Office hours: the office is open " + hours.stream().map(h -> days(h.days()) + " from "
        + TIME.format(h.open()) + " to " + TIME.format(h.close())).collect(Collectors.joining(", and ")) + ".");
  }

  private static String days(Set<DayOfWeek> days) {
    List<DayOfWeek> sorted = days.stream().sorted().toList();
    String first = sorted.get(0).getDisplayName(TextStyle.FULL, Locale.US);
    String last = sorted.get(sorted.size() - 1).getDisplayName(TextStyle.FULL, Locale.US);
    return sorted.size() == 1 ? first + "s" : first + " through " + last;
  }

  // No articles: "a covered parking" is how a machine talks; a plain list reads well for any amenity name.
  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private static String sentence(String text) {
    String s = Spoken.capitalise(text.strip());
    return s.matches(".*[.!?]$") ? s : s + ".";
  }

  /** One possible answer; {@code bonus} favours taught facts, {@code order} the newest of them. */
  private static final class Candidate {
    final String text;
    final String source;
    final double bonus;
    final int order;
    final Set<String> words;

    Candidate(String text, String source, double bonus, int order) {
      this.text = text;
      this.source = source;
      this.bonus = bonus;
      this.order = order;
      this.words = WordOverlap.words(text);
    }

    double score(Set<String> asked) {
      return WordOverlap.shared(asked, words) + bonus;
    }
  }
}
