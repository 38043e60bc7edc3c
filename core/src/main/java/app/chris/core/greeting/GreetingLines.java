package app.chris.core.greeting;

import java.util.List;
import java.util.Optional;

/** The greeting templates: each names the assistant, none discloses anything about the caller but a first name. */
final class GreetingLines {
  private GreetingLines() {}

  static List<String> all(DayPart part, String company, String assistant, Optional<String> firstName) {
    String hi = firstName.map(n -> "Hi " + n + "! ").orElse("");
    String hello = part.salutation();
    String you = firstName.map(n -> ", " + n).orElse("");
    // A known caller hears one hello, not "Hi Ana! Hello, ...".
    String opener = firstName.map(n -> "Hi " + n).orElse(hello);
    return List.of(
        opener + ", thanks for calling " + company + ". This is " + assistant + ", how can I help?",
        opener + ", you've reached " + company + ", " + assistant + " speaking. What can I do for you?",
        hello + you + "! You've reached " + company + ". I'm " + assistant + ", how can I help today?",
        hi + "Thanks for calling " + company + ", this is " + assistant + ". How can I help you?",
        hi + "Thank you for calling " + company + ". " + assistant + " here, what can I do for you?",
        hello + you + ", this is " + assistant + " at " + company + ". How may I help?",
        hi + "You're speaking with " + assistant + " at " + company + ". What can I help you with?",
        hello + you + "! " + assistant + " here with " + company + ". How's it going, and how can I help?",
        hi + company + ", this is " + assistant + ". What can I help you with today?",
        hello + you + ", and thanks for calling " + company + ". It's " + assistant + ", how can I help?",
        firstName.map(n -> hi + assistant + " at " + company + " here.")
            .orElse("Hello from " + company + "! I'm " + assistant + ".") + " What brings you to call today?",
        hello + you + ". You've got " + assistant + " at " + company + ". How can I make your day easier?",
        hi + "Thanks so much for calling " + company + ". " + assistant + " speaking, how can I help?",
        hello + you + "! It's " + assistant + " from " + company + ". What can I do for you today?");
  }
}
