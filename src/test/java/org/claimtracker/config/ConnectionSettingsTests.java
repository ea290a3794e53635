package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's connections carry the options application.yml sets, for the embedded server as for others. */
@IntegrationTest
class ConnectionSettingsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void jitIsOffAndEveryQueryHasATimeout() {
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("15s");
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    }
}
