# syntax=docker/dockerfile:1
# Chris as a container: build the fat jar with Maven, run it on a Java 17 JRE as a non-root user.
#   docker build -t chris .
#   docker run -p 8080:8080 -v chris-data:/data -e ADMIN_TOKEN=... chris
# Configuration is the environment (README "Configuration", docs/operations.md); nothing secret is baked in.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# Only the server and the modules it needs (not the JMH benchmarks); tests run in CI, not in the image build.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests -pl app-javalin -am package

FROM eclipse-temurin:17-jre
# curl is for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin chris \
 && mkdir -p /app /data \
 && chown chris:chris /data
COPY --from=build /src/app-javalin/target/chris.jar /app/chris.jar
ENV PORT=8080 \
    DATA_DIR=/data
# Embedded H2 database and the phrase cache live here; with DATABASE_URL (PostgreSQL) only the cache does.
VOLUME ["/data"]
EXPOSE 8080
USER chris
WORKDIR /app
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/health" > /dev/null || exit 1
# Exec form: java is PID 1 and gets SIGTERM directly, so shutdown closes calls and the database cleanly.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/chris.jar"]
CMD ["serve"]
