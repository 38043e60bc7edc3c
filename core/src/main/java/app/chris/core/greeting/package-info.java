/** Greetings: varied, time-of-day aware, personal only when the caller id is unambiguous. */
package app.chris.core.greeting;
