package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.config.AppConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile and compose file cannot be built here (no Docker engine), so their facts are checked against the
 * build and the configuration: the jar they copy is the one Maven makes, the port and data directory are the
 * app's, and every variable compose sets is one Chris reads (listed in the README's configuration table).
 */
class DeploymentFilesTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void dockerfile_copiesTheJarTheBuildMakes() throws IOException {
    String pom = Files.readString(ROOT.resolve("app-javalin/pom.xml"));
    assertThat(pom).contains("<outputFile>${project.build.directory}/chris.jar</outputFile>");

    assertThat(dockerfile()).contains("COPY --from=build /src/app-javalin/target/chris.jar /app/chris.jar")
        .contains("\"-jar\", \"/app/chris.jar\"").contains("-pl app-javalin -am package");
  }

  @Test
  void dockerfile_exposesTheDefaultPortAndChecksHealthOnIt() throws IOException {
    int port = AppConfig.fromEnv(Map.of()).port();

    assertThat(dockerfile()).contains("EXPOSE " + port + "\n").contains("PORT=" + port)
        .contains("curl -fsS \"http://127.0.0.1:${PORT}/health\"");
  }

  @Test
  void dockerfile_runsAsNonRootWithTheDataDirAsAVolume() throws IOException {
    String dockerfile = dockerfile();
    Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile);

    assertThat(user.find()).isTrue();
    assertThat(user.group(1)).isNotIn("root", "0");
    assertThat(dockerfile).contains("DATA_DIR=/data").contains("VOLUME [\"/data\"]").contains("chown chris:chris /data");
  }

  @Test
  void compose_setsOnlyVariablesChrisReads_andPointsAtItsPostgres() throws IOException {
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<String> names = Pattern.compile("(?m)^      ([A-Z][A-Z0-9_]+): ").matcher(
        compose.substring(compose.indexOf("  chris:"))).results().map(m -> m.group(1)).toList();

    assertThat(names).contains("DATABASE_URL", "DATA_DIR", "ADMIN_TOKEN", "PUBLIC_BASE_URL");
    assertThat(names).allSatisfy(name -> assertThat(readme).as("README documents %s", name).contains(name));
    assertThat(compose).contains("DATABASE_URL: jdbc:postgresql://postgres:5432/chris")
        .contains("POSTGRES_DB: chris").contains("\"8080:8080\"");
  }

  private static String dockerfile() throws IOException {
    return Files.readString(ROOT.resolve("Dockerfile"));
  }
}
