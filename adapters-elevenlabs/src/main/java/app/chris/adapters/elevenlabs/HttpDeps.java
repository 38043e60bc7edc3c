package app.chris.adapters.elevenlabs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;

/** What an HTTP route needs from its synthesizer. */
record HttpDeps(OkHttpClient client, ElevenLabsSettings settings, ObjectMapper json,
    ScheduledExecutorService scheduler) {}
