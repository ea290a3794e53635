package org.claimtracker.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.NameKeys;
import org.claimtracker.extraction.Speaker;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds a stored actor that a new speaker's name spells differently (Zhelezniak / Yaroslav Zheleznyak, Syrskii /
 * Syrskyi): the trigram indexes on names and aliases give a few candidates, and the transliteration key decides.
 * A lone surname matches a person whose surname has its key, and a full name a person stored under its surname
 * alone, only when one actor fits.
 */
@Component
class SpellingMatcher {

    private record Candidate(long actorId, String name) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    SpellingMatcher(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    Optional<Long> match(Speaker speaker) {
        String name = speaker.canonicalName();
        String[] words = name.strip().split("\\s+");
        String surname = words[words.length - 1];
        MapSqlParameterSource params = new MapSqlParameterSource("name", name)
                .addValue("kind", speaker.kind().name())
                .addValue("prefix", "%" + likeEscaped(surname.substring(0, Math.min(4, surname.length()))) + "%");
        List<Candidate> candidates = jdbc.query("""
                select a.id, a.name from actor a
                 where a.kind = :kind and (a.name % :name or a.name ilike :prefix)
                union all
                select al.actor_id, al.alias from actor_alias al join actor a on a.id = al.actor_id
                 where a.kind = :kind and (al.alias % :name or al.alias ilike :prefix)
                 limit 200
                """, params, (rs, row) -> new Candidate(rs.getLong(1), rs.getString(2)));
        String key = NameKeys.matchKey(name);
        boolean person = speaker.kind() == ActorKind.PERSON;
        if (person && !key.contains(" ")) {
            List<Long> fullNames = candidates.stream().filter(c -> NameKeys.matchKey(c.name()).contains(" ")
                    && NameKeys.surnameKey(c.name()).equals(key)).map(Candidate::actorId).distinct().toList();
            if (fullNames.size() == 1) {
                return Optional.of(fullNames.get(0));
            }
        }
        List<Long> same = candidates.stream().filter(c -> NameKeys.matchKey(c.name()).equals(key))
                .map(Candidate::actorId).distinct().toList();
        if (same.size() == 1) {
            return Optional.of(same.get(0));
        }
        if (!person || !same.isEmpty()) {
            return Optional.empty();
        }
        boolean single = !key.contains(" ");
        List<Long> bySurname = candidates.stream()
                .filter(c -> single ? NameKeys.surnameKey(c.name()).equals(key)
                        : !NameKeys.matchKey(c.name()).contains(" ") && NameKeys.matchKey(c.name()).equals(
                                NameKeys.surnameKey(name)))
                .map(Candidate::actorId).distinct().toList();
        return bySurname.size() == 1 ? Optional.of(bySurname.get(0)) : Optional.empty();
    }

    private static String likeEscaped(String s) {
        return s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
