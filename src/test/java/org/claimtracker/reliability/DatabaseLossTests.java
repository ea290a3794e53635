package org.claimtracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database server stopped and started again under a running application (an external server, as docker
 * compose runs it): health and readiness say DOWN meanwhile, and the pool reconnects once it is back.
 */
@Tag("reliability")
@SpringBootTest(properties = "claimtracker.ingest.on-startup=false")
@AutoConfigureMockMvc
class DatabaseLossTests {

    static Path dataDir;
    static int port;
    static EmbeddedPostgres server;

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("database-loss");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = start();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void healthAndReadinessAreDownWhileTheDatabaseIsAwayAndUpOnceItIsBack() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));

        server.close();
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"));
        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"));

        server = start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status;
        do {
            status = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from topic", Integer.class)).isPositive();
        mvc.perform(get("/statements")).andExpect(status().isOk());
    }
}
