package org.claimtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.claimtracker.ClaimTrackerApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code user} command as an administrator runs it: its own context, on a database kept between runs. */
@Tag("database")
class UserCommandTests {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void addsAUserWithAGeneratedPasswordRefusesADuplicateAndResetsThePasswordFromStdin() {
        assertThat(run("", "add", "alice", "--role", "admin")).isZero();
        String generated = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(generated).hasSize(20);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("user: added alice (admin)");

        assertThat(run("", "add", "alice")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a user named 'alice' already exists");

        assertThat(run("correct horse battery\ncorrect horse battery\n", "passwd", "alice")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("user: changed the password of alice");
    }

    @Test
    void refusesPasswordsThatDifferOrAreShortBeforeTouchingTheDatabase() {
        assertThat(run("first password\nsecond password\n", "add", "bob")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the two passwords differ");

        assertThat(run("short\nshort\n", "add", "bob")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 10 characters");
    }

    @Test
    void explainsUsage() {
        assertThat(run("", "delete", "bob")).isEqualTo(2);
        assertThat(run("", "add", "bob", "--role", "owner")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: user add NAME");
    }

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--claimtracker.data-dir=" + dataDir);
        return UserCommand.run(ClaimTrackerApplication.class, all,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
