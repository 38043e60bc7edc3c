package app.chris.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseCacheTest {
  @TempDir Path dir;

  @Test
  void givenStoredPhrase_reopenedCache_servesTheSameAudio() {
    new PhraseCache(dir, "v1/flash", PhraseCacheLimits.defaults()).put("Thanks for calling.", new byte[] {1, 2, 3});

    PhraseCache reopened = new PhraseCache(dir, "v1/flash", PhraseCacheLimits.defaults());

    assertThat(reopened.get("Thanks for calling.")).hasValueSatisfying(a -> assertThat(a).containsExactly(1, 2, 3));
  }

  @Test
  void givenPhraseFromAnotherVoice_lookup_misses() {
    new PhraseCache(dir, "v1/flash", PhraseCacheLimits.defaults()).put("Hello.", new byte[] {1});

    assertThat(new PhraseCache(dir, "v2/flash", PhraseCacheLimits.defaults()).get("Hello.")).isEmpty();
  }

  @Test
  void givenMorePhrasesThanAllowed_put_dropsTheLeastRecentlyUsed() {
    PhraseCache cache = new PhraseCache(dir, "v", new PhraseCacheLimits(2, 1_000));
    cache.put("one", new byte[10]);
    cache.put("two", new byte[10]);
    cache.get("one");

    cache.put("three", new byte[10]);

    assertThat(cache.contains("one")).isTrue();
    assertThat(cache.contains("two")).isFalse();
    assertThat(cache.contains("three")).isTrue();
  }

  @Test
  void givenByteLimit_put_keepsTotalUnderItOnDiskToo() throws Exception {
    PhraseCache cache = new PhraseCache(dir, "v", new PhraseCacheLimits(100, 25));
    cache.put("a", new byte[10]);
    cache.put("b", new byte[10]);

    cache.put("c", new byte[10]);

    assertThat(cache.bytes()).isEqualTo(20);
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(2);
    }
  }
}
