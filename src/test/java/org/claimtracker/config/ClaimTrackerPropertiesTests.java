package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class ClaimTrackerPropertiesTests {

    private static ClaimTrackerProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("claimtracker", ClaimTrackerProperties.class);
    }

    @Test
    void acceptsRelativePathsOutsideTheWorkingDirectory() {
        ClaimTrackerProperties properties = bind(Map.of("claimtracker.ingest.paths", "seeds,../shared/corpus",
                "claimtracker.ingest.watch-dir", "../inbox"));

        assertThat(properties.ingest().paths()).containsExactly("seeds", "../shared/corpus");
        assertThat(properties.ingest().watchDir()).isEqualTo("../inbox");
    }

    @Test
    void defaultsToFiveMegabytesNoWatchingAndAnEditorNamedEditor() {
        ClaimTrackerProperties properties = bind(Map.of());

        assertThat(properties.ingest().maxBytes()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(properties.ingest().watchDir()).isNull();
        assertThat(properties.ingest().watchInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.editor().username()).isEqualTo("editor");
        assertThat(properties.persistentDatabase()).isFalse();
    }
}
