package app.chris.core.greeting;

import java.time.LocalTime;

/** Part of the day in the company's zone, for "Good morning" and friends. */
enum DayPart {
  MORNING("Good morning"),
  AFTERNOON("Good afternoon"),
  EVENING("Good evening"),
  NIGHT("Hello");

  private final String salutation;

  DayPart(String salutation) {
    this.salutation = salutation;
  }

  String salutation() {
    return salutation;
  }

  static DayPart of(LocalTime time) {
    int hour = time.getHour();
    if (hour >= 5 && hour < 12) {
      return MORNING;
    }
    if (hour >= 12 && hour < 17) {
      return AFTERNOON;
    }
    return hour >= 17 && hour < 22 ? EVENING : NIGHT;
  }
}
