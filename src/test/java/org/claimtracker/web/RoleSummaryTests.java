package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.actor.ActorProfile.RoleSeen;
import org.junit.jupiter.api.Test;

class RoleSummaryTests {

    private static RoleSeen seen(String role, String date, long articleId) {
        return new RoleSeen(role, date == null ? null : LocalDate.parse(date), articleId, null, "a" + articleId + ".txt",
                null);
    }

    @Test
    void groupsOneRoleAcrossArticlesSpellingsAndApostrophesCommonestFirst() {
        List<RoleSummary> roles = RoleSummary.of(List.of(
                seen("President", "2025-03-01", 1),
                seen("Ukrainian President", "2025-02-09", 2),
                seen("ukrainian president", "2025-04-01", 3),
                seen("Ukrainian President", null, 4),
                seen("Ukraine\u2019s President", "2025-03-19", 5),
                seen("Ukraine's President", "2025-03-29", 6),
                seen("Ukrainian President", "2025-03-30", 7)));

        assertThat(roles).extracting(RoleSummary::role, RoleSummary::articles, RoleSummary::first, RoleSummary::last)
                .containsExactly(
                        tuple("Ukrainian President", 6, LocalDate.of(2025, 2, 9), LocalDate.of(2025, 4, 1)),
                        tuple("President", 1, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)));
        assertThat(roles.get(0).latest().articleId()).isEqualTo(3);
        assertThat(roles.get(0).sources()).extracting(RoleSeen::articleId).containsExactly(3L, 7L, 6L, 5L, 2L, 4L);
    }

    @Test
    void showsUsPresidentSpellingsAsOneRole() {
        List<RoleSummary> roles = RoleSummary.of(List.of(
                seen("US President", "2025-03-01", 1),
                seen("U.S. President", "2025-03-02", 2),
                seen("United States President", "2025-03-03", 3),
                seen("U.S. President", "2025-03-04", 4)));

        assertThat(roles).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("U.S. President");
            assertThat(r.articles()).isEqualTo(4);
            assertThat(r.sources()).hasSize(4);
        });
    }
}
