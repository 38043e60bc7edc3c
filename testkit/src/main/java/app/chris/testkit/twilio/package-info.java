/** Test doubles for Twilio: a fake REST API, a webhook signer and a generator of Media Streams frames. */
package app.chris.testkit.twilio;
