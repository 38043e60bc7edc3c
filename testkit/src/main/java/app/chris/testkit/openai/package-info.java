/** A local fake of OpenAI's Chat Completions streaming API (also xAI's), scripted per request, for adapter tests. */
package app.chris.testkit.openai;
