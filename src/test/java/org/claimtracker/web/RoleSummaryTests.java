package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

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
    void groupsTheSameRoleAcrossArticlesAndApostrophesCommonestFirst() {
        List<RoleSummary> roles = RoleSummary.of(List.of(
                seen("President", "2025-03-01", 1),
                seen("Ukrainian President", "2025-02-09", 2),
                seen("ukrainian president", "2025-04-01", 3),
                seen("Ukrainian President", null, 4),
                seen("Ukraine\u2019s President", "2025-03-19", 5),
                seen("Ukraine's President", "2025-03-29", 6)));

        assertThat(roles).extracting(RoleSummary::role, RoleSummary::articles, RoleSummary::first, RoleSummary::last)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ukrainian president", 3, LocalDate.of(2025, 2, 9),
                                LocalDate.of(2025, 4, 1)),
                        org.assertj.core.groups.Tuple.tuple("Ukraine's President", 2, LocalDate.of(2025, 3, 19),
                                LocalDate.of(2025, 3, 29)),
                        org.assertj.core.groups.Tuple.tuple("President", 1, LocalDate.of(2025, 3, 1),
                                LocalDate.of(2025, 3, 1)));
        assertThat(roles.get(0).latest().articleId()).isEqualTo(3);
    }
}
