package app.chris.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseCacheTest {
  @TempDir Path dir;

  private PhraseCache open(PhraseCacheLimits limits) {
    return new PhraseCache(dir, "v1/flash", limits);
  }

  private PhraseCache open() {
    return open(PhraseCacheLimits.defaults());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.collect(Collectors.toList());
    }
  }

  @Test
  void givenStoredPhrase_reopenedCache_servesTheSameAudio() {
    open().put("Thanks for calling.", new byte[] {1, 2, 3});

    PhraseCache reopened = open();

    assertThat(reopened.get("Thanks for calling.")).hasValueSatisfying(a -> assertThat(a).containsExactly(1, 2, 3));
    assertThat(reopened.get(" Thanks for calling. ")).as("keys ignore surrounding spaces").isPresent();
    assertThat(reopened.corrupted()).isZero();
  }

  @Test
  void givenPhraseFromAnotherVoice_lookup_misses() {
    open().put("Hello.", new byte[] {1});

    assertThat(new PhraseCache(dir, "v2/flash", PhraseCacheLimits.defaults()).get("Hello.")).isEmpty();
    assertThat(new PhraseCache(dir, "v1/turbo", PhraseCacheLimits.defaults()).get("Hello.")).isEmpty();
  }

  @Test
  void givenMorePhrasesThanAllowed_put_dropsTheLeastRecentlyUsed() {
    PhraseCache cache = open(new PhraseCacheLimits(2, 1_000_000));
    cache.put("one", new byte[10]);
    cache.put("two", new byte[10]);
    cache.get("one");

    cache.put("three", new byte[10]);

    assertThat(cache.contains("one")).isTrue();
    assertThat(cache.contains("two")).isFalse();
    assertThat(cache.contains("three")).isTrue();
  }

  @Test
  void givenRecencyFromAnEarlierRun_reopenedCache_stillEvictsTheLeastRecentlyUsed() {
    Instant twoHoursOn = Instant.now().plus(Duration.ofHours(2));
    new PhraseCache(dir, "v1/flash", PhraseCacheLimits.defaults()).put("one", new byte[10]);
    new PhraseCache(dir, "v1/flash", PhraseCacheLimits.defaults()).put("two", new byte[10]);
    new PhraseCache(dir, "v1/flash", PhraseCacheLimits.defaults(), Clock.fixed(twoHoursOn, ZoneOffset.UTC))
        .get("one");

    PhraseCache reopened = open(new PhraseCacheLimits(2, 1_000_000));
    reopened.put("three", new byte[10]);

    assertThat(reopened.contains("one")).isTrue();
    assertThat(reopened.contains("two")).isFalse();
  }

  @Test
  void givenByteLimit_put_keepsTheTotalOnDiskUnderIt() throws Exception {
    PhraseCache probe = new PhraseCache(dir.resolve("probe"), "v1/flash", PhraseCacheLimits.defaults());
    probe.put("a", new byte[1_000]);
    long onePhrase = probe.bytes();
    PhraseCache cache = open(new PhraseCacheLimits(100, onePhrase * 2 + onePhrase / 2));
    cache.put("a", new byte[1_000]);
    cache.put("b", new byte[1_000]);

    cache.put("c", new byte[1_000]);

    assertThat(cache.bytes()).isEqualTo(onePhrase * 2);
    assertThat(cache.contains("a")).isFalse();
    assertThat(files().stream().filter(Files::isRegularFile)).hasSize(2);
    assertThat(files().stream().filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum())
        .isEqualTo(cache.bytes());
  }

  @Test
  void givenATruncatedFile_reopenedCache_skipsDeletesAndCountsIt() throws Exception {
    open().put("Good morning.", new byte[800]);
    open().put("One moment, please.", new byte[800]);
    Path damaged = files().get(0);
    byte[] bytes = Files.readAllBytes(damaged);
    Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length - 300));

    PhraseCache reopened = open();

    assertThat(reopened.corrupted()).isEqualTo(1);
    assertThat(reopened.size()).isEqualTo(1);
    assertThat(damaged).doesNotExist();
  }

  @Test
  void givenAFlippedAudioByte_reopenedCache_missesInsteadOfPlayingNoise() throws Exception {
    open().put("Let me check that for you.", new byte[800]);
    Path file = files().get(0);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 100] ^= 0x5A;
    Files.write(file, bytes);

    PhraseCache reopened = open();

    assertThat(reopened.get("Let me check that for you.")).isEmpty();
    assertThat(reopened.corrupted()).isEqualTo(1);
    assertThat(reopened.contains("Let me check that for you.")).isFalse();
  }

  @Test
  void givenAPhraseInUse_aFileDamagedLater_doesNotReachTheCallerBecausePlaybackComesFromMemory() throws Exception {
    PhraseCache cache = open();
    cache.put("One moment, please.", new byte[] {5, 6, 7});
    Files.write(files().get(0), new byte[] {9});

    assertThat(cache.get("One moment, please.")).hasValueSatisfying(a -> assertThat(a).containsExactly(5, 6, 7));
  }

  @Test
  void givenForeignAndLeftoverFiles_open_countsGarbageAndRemovesHalfWrittenPhrases() throws Exception {
    Files.write(dir.resolve("0123456789abcdef0123456789abcdef.phrase"), "not a phrase".getBytes());
    Files.write(dir.resolve("0123456789abcdef0123456789abcdef123.tmp"), new byte[3]);
    Files.write(dir.resolve("README.txt"), "kept".getBytes());

    PhraseCache cache = open();

    assertThat(cache.corrupted()).isEqualTo(1);
    assertThat(cache.size()).isZero();
    assertThat(files()).extracting(p -> p.getFileName().toString()).containsExactly("README.txt");
  }

  @Test
  void givenAFileRenamedToAnotherPhrasesName_lookup_refusesIt() throws Exception {
    PhraseCache cache = open();
    cache.put("Goodbye!", new byte[160]);
    cache.put("Hello!", new byte[160]);
    List<Path> both = files();
    Files.copy(both.get(0), both.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    PhraseCache reopened = open();

    assertThat(reopened.corrupted()).isEqualTo(1);
    assertThat(reopened.size()).isEqualTo(1);
  }

  @Test
  void givenEmptyAudio_put_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> open().put("Hello.", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
