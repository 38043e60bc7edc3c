/**
 * A local fake of the Rent Manager 12 Web API ({@link app.chris.testkit.rentmanager.FakeRentManagerServer}) with
 * the reference's sample database and injectable faults, for adapter tests and offline demos.
 */
package app.chris.testkit.rentmanager;
