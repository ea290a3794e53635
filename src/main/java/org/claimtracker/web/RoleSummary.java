package org.claimtracker.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.actor.ActorProfile.RoleSeen;

/**
 * One role as the articles give it to a speaker: in how many articles, over which dates, and the latest article
 * that says so. Twenty articles calling someone "Ukrainian President" read as one line, not twenty.
 */
record RoleSummary(String role, int articles, LocalDate first, LocalDate last, RoleSeen latest) {

    static List<RoleSummary> of(List<RoleSeen> roles) {
        Map<String, List<RoleSeen>> byRole = new LinkedHashMap<>();
        for (RoleSeen seen : roles) {
            // "Ukraine’s President" and "Ukraine's President" are one role, whatever the apostrophe.
            String key = seen.role().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            byRole.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(seen);
        }
        return byRole.values().stream().map(RoleSummary::summarise)
                .sorted(Comparator.comparingInt(RoleSummary::articles).reversed()
                        .thenComparing(RoleSummary::last, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private static RoleSummary summarise(List<RoleSeen> same) {
        Comparator<RoleSeen> byDate = Comparator.comparing(RoleSeen::statedOn, Comparator.nullsFirst(Comparator.naturalOrder()));
        RoleSeen latest = same.stream().max(byDate).orElseThrow();
        LocalDate first = same.stream().map(RoleSeen::statedOn).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
        int articles = (int) same.stream().mapToLong(RoleSeen::articleId).distinct().count();
        return new RoleSummary(latest.role(), articles, first, latest.statedOn(), latest);
    }
}
