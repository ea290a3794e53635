package org.claimtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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
        String password = Accounts.generatedPassword();
        try {
            FirstEditor.announceGenerated("editor", password);
        } finally {
            System.setOut(console);
            root.detachAppender(log);
        }

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(password).matches("[A-Za-z0-9_-]{20}");
        assertThat(output.split(password, -1)).hasSize(2); // printed exactly once
        assertThat(log.list).isNotEmpty();
        assertThat(log.list).noneMatch(event -> event.getFormattedMessage().contains(password));
        assertThat(log.list).anyMatch(event -> event.getFormattedMessage().contains("printed once to the console"));
    }
}
