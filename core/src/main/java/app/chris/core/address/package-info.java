/**
 * Understanding the addresses callers say. {@link app.chris.core.address.AddressBook} normalises a line
 * (AddressNormalizer, {@link app.chris.core.address.SpokenNumbers}), finds streets, property names and units in
 * it through an index built once per portfolio (AddressIndex, StreetFinder, UnitMentions), and scores places
 * (CandidateCollector, NumberDistance) into an {@link app.chris.core.address.AddressMatch}: Exact, ranked
 * Candidates to confirm, or NoMatch. All of it is pure, immutable after construction and thread-safe.
 */
package app.chris.core.address;
