package app.chris.adapters.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PhraseLinksTest {
  private static final String TOKEN = "auth-token-of-the-account";
  private static final String ID = "0123456789abcdef0123456789abcdef";
  private final PublicUrls urls = PublicUrls.of("https://chris.example.com");
  private final MutableClock clock = MutableClock.startingNow();
  private final PhraseLinks links = PhraseLinks.forAuthToken(TOKEN, clock);

  @Test
  void givenALinkJustMinted_whenChecked_thenItIsValid() {
    Map<String, String> query = query(links.url(urls, ID));
    assertThat(links.url(urls, ID)).startsWith("https://chris.example.com/twilio/phrases/" + ID + ".wav?exp=");
    assertThat(links.valid(ID, Optional.of(query.get("exp")), Optional.of(query.get("sig")))).isTrue();
  }

  @Test
  void givenALinkMintedByAnotherInstanceOfTheSameAccount_whenChecked_thenItIsValid() {
    Map<String, String> query = query(PhraseLinks.forAuthToken(TOKEN, clock).url(urls, ID));
    assertThat(links.valid(ID, Optional.of(query.get("exp")), Optional.of(query.get("sig")))).isTrue();
  }

  @Test
  void givenALinkOlderThanItsLifetime_whenChecked_thenItIsRefused() {
    Map<String, String> query = query(links.url(urls, ID));
    clock.advance(PhraseLinks.LIFETIME.plus(Duration.ofSeconds(1)));
    assertThat(links.valid(ID, Optional.of(query.get("exp")), Optional.of(query.get("sig")))).isFalse();
  }

  @Test
  void givenAnExpiryPushedLater_whenChecked_thenItIsRefused() {
    Map<String, String> query = query(links.url(urls, ID));
    String later = String.valueOf(Long.parseLong(query.get("exp")) + 86_400);
    assertThat(links.valid(ID, Optional.of(later), Optional.of(query.get("sig")))).isFalse();
  }

  @Test
  void givenAnotherPhrasesSignature_whenChecked_thenItIsRefused() {
    Map<String, String> query = query(links.url(urls, ID));
    String other = "fedcba9876543210fedcba9876543210";
    assertThat(links.valid(other, Optional.of(query.get("exp")), Optional.of(query.get("sig")))).isFalse();
  }

  @Test
  void givenALinkFromAnotherAccountOrNoToken_whenChecked_thenItIsRefused() {
    Map<String, String> foreign = query(PhraseLinks.forAuthToken("another-token", clock).url(urls, ID));
    Map<String, String> tokenless = query(PhraseLinks.forAuthToken("", clock).url(urls, ID));
    assertThat(links.valid(ID, Optional.of(foreign.get("exp")), Optional.of(foreign.get("sig")))).isFalse();
    assertThat(PhraseLinks.forAuthToken("", clock)
        .valid(ID, Optional.of(tokenless.get("exp")), Optional.of(tokenless.get("sig")))).isFalse();
  }

  @Test
  void givenMissingOrGarbledParameters_whenChecked_thenTheyAreRefused() {
    Map<String, String> query = query(links.url(urls, ID));
    assertThat(links.valid(ID, Optional.empty(), Optional.of(query.get("sig")))).isFalse();
    assertThat(links.valid(ID, Optional.of(query.get("exp")), Optional.empty())).isFalse();
    assertThat(links.valid(ID, Optional.of("soon"), Optional.of(query.get("sig")))).isFalse();
    assertThat(links.valid(ID, Optional.of(query.get("exp")), Optional.of("%%%"))).isFalse();
  }

  private static Map<String, String> query(String url) {
    return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> p[0], p -> p[1]));
  }
}
