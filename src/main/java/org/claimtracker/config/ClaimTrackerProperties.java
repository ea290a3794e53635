package org.claimtracker.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The application's own settings, under {@code claimtracker.*}.
 *
 * @param dataDir  where the embedded PostgreSQL keeps its data; blank for a throw-away database (tests)
 * @param ingest   what to ingest and how
 * @param editor   who may change data through the web site
 */
@ConfigurationProperties("claimtracker")
@Validated
@SaneSettings
public record ClaimTrackerProperties(String dataDir, @DefaultValue Ingest ingest, @DefaultValue Editor editor) {

    /**
     * The account that may upload articles. Reading needs no account.
     *
     * @param username the editor's user name
     * @param password the editor's password; blank: a random one is generated at start-up and logged
     */
    public record Editor(@DefaultValue("editor") String username, String password) {
    }

    /**
     * @param paths         folders and files ingested at start-up (as text: Spring's Path conversion would resolve
     *                      them as class-path resources and refuses "../")
     * @param maxBytes      files larger than this are rejected
     * @param watchDir      a folder to watch for new files, or null for none
     * @param watchInterval how often the watched folder is looked at
     */
    public record Ingest(@DefaultValue List<String> paths, @DefaultValue("5MB") DataSize maxBytes, String watchDir,
            @DefaultValue("10s") Duration watchInterval) {
    }

    public boolean persistentDatabase() {
        return dataDir != null && !dataDir.isBlank();
    }
}
