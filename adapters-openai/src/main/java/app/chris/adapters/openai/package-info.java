/**
 * Adapter: OpenAI (and xAI Grok through its OpenAI-compatible API). {@link app.chris.adapters.openai.OpenAiChatModel}
 * streams Chat Completions over SSE for turn-based replies; {@link app.chris.adapters.openai.OpenAiRealtimeModel}
 * holds a GA Realtime WebSocket per call. Hand-rolled on OkHttp and Jackson: no vendor SDK.
 */
package app.chris.adapters.openai;
