package app.chris.core.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the streets and property names heard into candidate places, scored by how much had to be guessed. */
final class CandidateCollector {
  private static final double NAME = 0.1;
  private static final double NUMBER_NOT_SAID = 1.5;
  private static final double UNNUMBERED_FALLBACK = 2.5;
  private static final int LISTED_WITHOUT_NUMBER = 3;
  private static final double LOOSE_NUMBER_LIMIT = 2.0;

  private final AddressIndex index;

  CandidateCollector(AddressIndex index) {
    this.index = index;
  }

  List<Candidate> fromStreets(List<StreetHit> hits) {
    List<Candidate> out = new ArrayList<>();
    for (StreetHit hit : hits) {
      index.street(hit.street()).ifPresent(places -> collect(hit, places, out));
    }
    return out;
  }

  /** Property names said as such ("Maple Court Apartments"), not as a street after a number. */
  List<Candidate> fromNames(List<String> tokens, Set<Integer> taken) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      boolean afterNumber = i > 0 && AddressNormalizer.isNumber(tokens.get(i - 1));
      for (AddressIndex.NameAlias alias : index.namesStartingWith(tokens.get(i))) {
        int end = i + alias.tokens().size();
        if (!afterNumber && end <= tokens.size() && tokens.subList(i, end).equals(alias.tokens())) {
          out.add(new Candidate(alias.place(), NAME, true, i));
          for (int k = i; k < end; k++) {
            taken.add(k);
          }
        }
      }
    }
    return out;
  }

  private void collect(StreetHit hit, StreetPlaces places, List<Candidate> out) {
    if (!hit.hasNumber()) {
      for (Place place : places.unnumbered()) {
        out.add(new Candidate(place, hit.penalty(), hit.exact(), hit.start()));
      }
      if (places.unnumbered().isEmpty()) {
        places.numbered().values().stream().flatMap(List::stream)
            .sorted(Comparator.comparing(Place::number))
            .limit(LISTED_WITHOUT_NUMBER)
            .forEach(p -> out.add(new Candidate(p, hit.penalty() + NUMBER_NOT_SAID, false, hit.start())));
      }
      return;
    }
    List<Place> same = places.at(hit.number());
    for (Place place : same) {
      out.add(new Candidate(place, hit.penalty(), hit.exact(), hit.start()));
    }
    if (same.isEmpty()) {
      nearNumbers(hit, places, out);
      for (Place place : places.unnumbered()) {
        out.add(new Candidate(place, hit.penalty() + UNNUMBERED_FALLBACK, false, hit.start()));
      }
    }
  }

  private static void nearNumbers(StreetHit hit, StreetPlaces places, List<Candidate> out) {
    for (Map.Entry<String, List<Place>> entry : places.numbered().entrySet()) {
      double distance = NumberDistance.between(hit.number(), entry.getKey());
      // without a suffix ("2 oak trees") only a close number makes the words an address
      if (distance >= 0 && (hit.suffixSaid() || distance < LOOSE_NUMBER_LIMIT)) {
        for (Place place : entry.getValue()) {
          out.add(new Candidate(place, hit.penalty() + distance, false, hit.start()));
        }
      }
    }
  }
}
