# Build stage: the same Maven wrapper and pom as a developer's machine.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests package

# Run stage: the jar, the sample articles it ingests at start-up, and nothing else.
FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home-dir /app claimtracker
COPY --from=build /src/target/claim-tracker.jar app.jar
COPY seeds seeds
USER claimtracker
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
