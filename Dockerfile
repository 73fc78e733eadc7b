# syntax=docker/dockerfile:1

# --- Build: compile, package, and split the jar into layers -------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY db db
# The cache mount keeps Maven's downloads between builds (BuildKit).
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -DskipTests package \
    && cp target/parley-*.jar app.jar
# The jar's classes on the JVM's own class path (not nested jars), so they can be archived below.
RUN java -Djarmode=tools -jar app.jar extract --layers --destination /layers

# --- Runtime: a JRE, the layers from least to most often changed, a non-root user ----
FROM eclipse-temurin:17-jre
RUN groupadd --system parley \
    && useradd --system --gid parley --home-dir /app --no-create-home --shell /usr/sbin/nologin parley
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
RUN mkdir -p /app/data && chown parley:parley /app/data /app
USER parley
# Class data sharing: one training start, on a scratch embedded database, records the classes a
# start loads in /app/app.jsa (it exits once the context is up; its PostgreSQL is stopped here);
# every start then maps them instead of loading them one by one (start-up about halved:
# bench/RESULTS.md).
RUN java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar \
        --server.port=0 --parley.data-dir=/tmp/cds-training --parley.demo-data=false \
        --parley.admin-password=cds-training-only-not-kept; \
    if [ -f /tmp/cds-training/postgres/postmaster.pid ]; then \
        kill "$(head -1 /tmp/cds-training/postgres/postmaster.pid)" || true; sleep 3; fi; \
    rm -rf /tmp/cds-training; test -s /app/app.jsa
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0" \
    PARLEY_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
