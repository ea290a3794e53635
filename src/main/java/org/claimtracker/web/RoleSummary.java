package org.claimtracker.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.actor.ActorProfile.RoleSeen;
import org.claimtracker.extraction.RoleKeys;

/**
 * One role as the articles give it to a speaker, its spellings merged ("US President", "U.S. President" and "United
 * States President" are one role, shown as the articles write it most often): in how many articles, over which
 * dates, and the articles that say so, newest first.
 */
record RoleSummary(String role, int articles, LocalDate first, LocalDate last, RoleSeen latest, List<RoleSeen> sources) {

    /** How many of a role's articles a page lists. */
    static final int MAX_SOURCES = 8;

    static List<RoleSummary> of(List<RoleSeen> roles) {
        Map<String, List<RoleSeen>> byRole = new LinkedHashMap<>();
        for (RoleSeen seen : roles) {
            byRole.computeIfAbsent(RoleKeys.key(seen.role()), k -> new java.util.ArrayList<>()).add(seen);
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
        // the spelling most articles use; the apostrophe style does not make another spelling
        // (ties: the spelling seen first in newest-first order, so the latest article's)
        Map<String, Long> spellings = same.stream().sorted(byDate.reversed()).collect(
                java.util.stream.Collectors.groupingBy(r -> r.role().replace('\u2019', '\''), LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        String shown = spellings.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .orElseThrow().getKey();
        Map<Long, RoleSeen> byArticle = new LinkedHashMap<>();
        same.stream().sorted(byDate.reversed()).forEach(r -> byArticle.putIfAbsent(r.articleId(), r));
        List<RoleSeen> sources = byArticle.values().stream().limit(MAX_SOURCES).toList();
        return new RoleSummary(shown, articles, first, latest.statedOn(), latest, sources);
    }
}
