package app.chris.core.address;

import app.chris.core.port.Property;
import app.chris.core.port.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decides between an exact address, ranked near misses, or nothing, for one normalised utterance. */
final class Resolver {
  private static final double UNIT_FITS = -0.3;
  private static final double UNIT_MISSING = 0.3;
  private static final double WITHIN_BEST = 1.0;
  private static final int MAX_CANDIDATES = 3;

  private final AddressIndex index;
  private final StreetFinder streets;
  private final CandidateCollector collector;

  Resolver(AddressIndex index) {
    this.index = index;
    this.streets = new StreetFinder(index);
    this.collector = new CandidateCollector(index);
  }

  AddressMatch resolve(List<String> tokens) {
    List<StreetHit> hits = streets.find(tokens);
    if (hits.stream().anyMatch(StreetHit::exact)) {
      // a street heard word for word rules out look-alike streets
      hits.removeIf(h -> !h.exact());
    }
    Set<Integer> taken = new HashSet<>();
    for (StreetHit hit : hits) {
      for (int k = hit.start(); k < hit.end(); k++) {
        taken.add(k);
      }
      if (hit.numberAt() >= 0) {
        taken.add(hit.numberAt());
      }
    }
    List<Candidate> found = new ArrayList<>(collector.fromStreets(hits));
    found.addAll(collector.fromNames(tokens, taken));
    List<String> units = UnitMentions.find(tokens, taken);
    if (found.isEmpty()) {
      return unitOnly(tokens, units);
    }
    return decide(merge(found), units);
  }

  private AddressMatch decide(List<Candidate> candidates, List<String> units) {
    List<Candidate> exact = candidates.stream().filter(Candidate::exact).toList();
    if (exact.size() == 1) {
      return new AddressMatch.Exact(resolved(exact.get(0).place(), units));
    }
    List<Candidate> pool = exact.isEmpty() ? candidates : exact;
    Comparator<Candidate> byScore = Comparator.comparingDouble(c -> rankScore(c, units));
    List<Candidate> ranked = pool.stream()
        .sorted(byScore.thenComparing(c -> -c.heardAt()).thenComparing(c -> c.place().id())).toList();
    double best = rankScore(ranked.get(0), units);
    return new AddressMatch.Candidates(ranked.stream()
        .filter(c -> rankScore(c, units) <= best + WITHIN_BEST)
        .limit(MAX_CANDIDATES)
        .map(c -> resolved(c.place(), units))
        .toList());
  }

  /** A building that has the unit the caller named ranks above one that does not. */
  private double rankScore(Candidate candidate, List<String> units) {
    Place place = candidate.place();
    if (units.isEmpty() || place.house().isPresent()) {
      return candidate.score();
    }
    return candidate.score() + (unitOf(place, units).isPresent() ? UNIT_FITS : UNIT_MISSING);
  }

  private AddressMatch unitOnly(List<String> tokens, List<String> units) {
    for (String unit : units) {
      List<Property> having = index.propertiesWithUnit(unit);
      if (having.size() == 1) {
        Place building = index.building(having.get(0));
        return new AddressMatch.Candidates(List.of(resolved(building, List.of(unit))));
      }
    }
    return new AddressMatch.NoMatch(AddressNormalizer.text(tokens));
  }

  private ResolvedAddress resolved(Place place, List<String> units) {
    Optional<Unit> unit = place.house().isPresent() ? place.house() : unitOf(place, units);
    boolean ownStreet = unit.flatMap(Unit::street).isPresent();
    String spoken = ownStreet || unit.isEmpty() ? place.spoken() : place.spoken() + ", unit " + unit.get().name();
    return new ResolvedAddress(place.property().id(), place.property().name(), unit.map(Unit::id),
        unit.map(Unit::name), spoken);
  }

  private Optional<Unit> unitOf(Place place, List<String> units) {
    for (String unit : units) {
      Optional<Unit> found = index.unit(place.property(), unit);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static List<Candidate> merge(List<Candidate> found) {
    Map<String, Candidate> byPlace = new LinkedHashMap<>();
    for (Candidate candidate : found) {
      byPlace.merge(candidate.place().id(), candidate, Candidate::merge);
    }
    return new ArrayList<>(byPlace.values());
  }
}
