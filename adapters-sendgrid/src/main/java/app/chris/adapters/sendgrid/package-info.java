/** Adapter: sendgrid. */
package app.chris.adapters.sendgrid;
