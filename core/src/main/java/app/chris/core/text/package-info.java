/** Small text utilities shared by address matching, the offline engine, the dialogue guards and speech. */
package app.chris.core.text;
