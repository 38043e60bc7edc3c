/** Adapter: openai. */
package app.chris.adapters.openai;
