package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** Settings that would have the application hurt itself are refused at start-up, naming the setting. */
@Tag("reliability")
class SettingsValidationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClaimTrackerProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @TempDir
    Path folder;

    private void assertRefused(String setting, String reason, String... properties) {
        app.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(setting)
                    .hasMessageContaining(reason);
        });
    }

    @Test
    void anEmptyWatchFolderIsRefusedRatherThanWatchingTheWorkingDirectory() {
        assertRefused("claimtracker.ingest.watch-dir", "is set but empty", "claimtracker.ingest.watch-dir=");
        assertRefused("claimtracker.ingest.watch-dir", "is set but empty", "claimtracker.ingest.watch-dir=  ");
    }

    @Test
    void aWatchFolderThatIsAFileTheWorkingDirectoryOrHoldsTheDataIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "x");
        assertRefused("claimtracker.ingest.watch-dir", "is not a folder", "claimtracker.ingest.watch-dir=" + file);
        assertRefused("claimtracker.ingest.watch-dir", "is the working directory", "claimtracker.ingest.watch-dir=.");
        assertRefused("claimtracker.ingest.watch-dir", "is the working directory",
                "claimtracker.ingest.watch-dir=" + Path.of("").toAbsolutePath());
        assertRefused("claimtracker.ingest.watch-dir", "holds the data folder",
                "claimtracker.ingest.watch-dir=" + folder, "claimtracker.data-dir=" + folder.resolve("data"));
    }

    @Test
    void aSizeLimitOrIntervalThatIsNotPositiveIsRefused() {
        assertRefused("claimtracker.ingest.max-bytes", "must be a positive size", "claimtracker.ingest.max-bytes=0");
        assertRefused("claimtracker.ingest.max-bytes", "must be a positive size", "claimtracker.ingest.max-bytes=-1KB");
        assertRefused("claimtracker.ingest.watch-interval", "must be a positive duration",
                "claimtracker.ingest.watch-interval=0s");
    }

    @Test
    void sensibleSettingsAreAccepted() {
        app.withPropertyValues("claimtracker.ingest.watch-dir=" + folder.resolve("inbox"),
                "claimtracker.data-dir=" + folder.resolve("data"), "claimtracker.ingest.max-bytes=1MB")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
