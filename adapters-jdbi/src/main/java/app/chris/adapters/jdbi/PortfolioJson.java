package app.chris.adapters.jdbi;

import app.chris.core.port.Portfolio;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reader of portfolio files in format {@code chris-portfolio/1} ({@code contracts/portfolio.md}). Stateless and
 * thread-safe. Checks the format tag, required fields, unique ids, unit references, E.164 phones, money with at
 * most two decimals, IANA time zones and office hours; ignores unknown fields; hashes admin PINs on read.
 */
public final class PortfolioJson {
  private static final String DEMO = "demo-portfolio.json";

  private PortfolioJson() {}

  /** Parses and checks a whole file; throws {@link PortfolioFormatException} naming the first bad field. */
  public static Portfolio read(String json) {
    return new PortfolioReader(false).read(parse(json));
  }

  /** The built-in demo company (Lakeside Property Management), a copy of {@code contracts/demo-portfolio.json}. */
  public static Portfolio demo() {
    try (InputStream in = PortfolioJson.class.getResourceAsStream(DEMO)) {
      if (in == null) {
        throw new IllegalStateException(DEMO + " is missing from the adapter's resources");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored form (PIN hashes, never PINs) used by the local portfolio store. */
  static String writeSnapshot(Portfolio portfolio) {
    return PortfolioWriter.snapshot(portfolio);
  }

  static Portfolio readSnapshot(String json) {
    return new PortfolioReader(true).read(parse(json));
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode root = Json.MAPPER.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw new PortfolioFormatException("", "The file is empty.");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new PortfolioFormatException("", "The file is not valid JSON" + where + ".");
    }
  }
}
