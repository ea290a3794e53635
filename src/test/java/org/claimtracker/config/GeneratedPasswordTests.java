package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;

/** A generated editor password goes to the console once and never into the log. */
@Tag("reliability")
class GeneratedPasswordTests {

    @Test
    void theGeneratedPasswordIsPrintedOnceToTheConsoleAndNeverLogged() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        UserDetails editor;
        PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();
        try {
            var properties = new ClaimTrackerProperties("", new ClaimTrackerProperties.Ingest(List.of(),
                    DataSize.ofMegabytes(5), null, java.time.Duration.ofSeconds(10)),
                    new ClaimTrackerProperties.Editor("editor", ""));
            UserDetailsService users = new SecurityConfiguration().editors(properties, encoder);
            editor = users.loadUserByUsername("editor");
        } finally {
            System.setOut(console);
            root.detachAppender(log);
        }

        String output = printed.toString(StandardCharsets.UTF_8);
        String password = output.lines().filter(l -> l.matches("=== [A-Za-z0-9_-]{20}")).map(l -> l.substring(4)).findFirst().orElseThrow();
        assertThat(encoder.matches(password, editor.getPassword())).isTrue();
        assertThat(output.split(password, -1)).hasSize(2); // printed exactly once
        assertThat(log.list).isNotEmpty();
        assertThat(log.list).noneMatch(event -> event.getFormattedMessage().contains(password));
        assertThat(log.list).anyMatch(event -> event.getFormattedMessage().contains("printed once to the console"));
    }
}
