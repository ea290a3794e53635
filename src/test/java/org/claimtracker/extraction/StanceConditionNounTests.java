package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;

import org.junit.jupiter.api.Test;

/** A topic pressed for as the condition of another is wanted; the other is what the condition bears on. */
class StanceConditionNounTests {

    @Test
    void aTruceRequiredAsAPrerequisiteForGuaranteesIsSupported() {
        ExtractedStatement s = only("Governor Ilse Reyes has pushed for a truce as a prerequisite to any security"
                + " guarantees for the coast.");

        assertThat(s.stances()).containsEntry("CEASEFIRE", Stance.SUPPORTS)
                .containsEntry("SECURITY_GUARANTEES", Stance.CONDITIONAL);
    }

    @Test
    void conditionsNamedForATruceStillMakeItConditional() {
        ExtractedStatement s = only("Governor Ilse Reyes said a truce depends on conditions the rebels must meet.");

        assertThat(s.stances()).containsEntry("CEASEFIRE", Stance.CONDITIONAL);
    }
}
