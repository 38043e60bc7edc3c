/** A local fake of SendGrid's v3 Mail Send API that speaks the real wire format, for adapter and app tests. */
package app.chris.testkit.sendgrid;
