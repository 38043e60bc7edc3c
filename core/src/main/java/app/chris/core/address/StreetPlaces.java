package app.chris.core.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every place on one street, by street number; places without a number ("Oak St") kept apart. */
final class StreetPlaces {
  private final Map<String, List<Place>> byNumber = new HashMap<>();
  private final List<Place> unnumbered = new ArrayList<>();

  void add(Place place) {
    if (place.number().isEmpty()) {
      unnumbered.add(place);
    } else {
      byNumber.computeIfAbsent(place.number(), k -> new ArrayList<>()).add(place);
    }
  }

  List<Place> at(String number) {
    return byNumber.getOrDefault(number, List.of());
  }

  Map<String, List<Place>> numbered() {
    return byNumber;
  }

  List<Place> unnumbered() {
    return unnumbered;
  }
}
