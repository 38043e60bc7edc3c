/** Adapter: staff email ({@code Notifier}) over SendGrid v3 Mail Send with sendgrid-java 4.10.3. */
package app.chris.adapters.sendgrid;
