package app.chris.adapters.elevenlabs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /v1/text-to-speech/{voice}/stream}; previous_text keeps prosody across sentences. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StreamRequestJson(
    String text, @JsonProperty("model_id") String modelId, @JsonProperty("previous_text") String previousText) {}
