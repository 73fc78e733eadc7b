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
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination /layers

# --- Runtime: a JRE, the layers from least to most often changed, a non-root user ----
FROM eclipse-temurin:17-jre
RUN groupadd --system parley \
    && useradd --system --gid parley --home-dir /app --no-create-home --shell /usr/sbin/nologin parley
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
RUN mkdir -p /app/data && chown parley:parley /app/data
USER parley
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0" \
    PARLEY_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
