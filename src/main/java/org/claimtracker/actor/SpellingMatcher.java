package org.claimtracker.actor;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.NameKeys;
import org.claimtracker.extraction.Speaker;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /** An alias an actor gained in the current transaction and the database does not hold yet. */
    record UnflushedAlias(long actorId, String alias) {
    }

    private static final String CANDIDATES = """
            select a.id, a.name from actor a
             where a.kind = ? and (a.name % ? or a.name ilike ?)
            union all
            select al.actor_id, al.alias from actor_alias al join actor a on a.id = al.actor_id
             where a.kind = ? and (al.alias % ? or al.alias ilike ?)
            union all
            select u.actor_id, u.alias from unnest(?::bigint[], ?::text[]) as u(actor_id, alias)
              join actor a on a.id = u.actor_id
             where a.kind = ? and (u.alias % ? or u.alias ilike ?)
             limit 200
            """;

    private final JdbcTemplate jdbc;

    SpellingMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The one stored actor the speaker's name spells differently, if any. {@code unflushed} are aliases that actors
     * gained in this transaction: they are candidates as if stored, without flushing the whole persistence context.
     */
    Optional<Long> match(Speaker speaker, Collection<UnflushedAlias> unflushed) {
        String name = speaker.canonicalName();
        String[] words = name.strip().split("\\s+");
        String surname = words[words.length - 1];
        String kind = speaker.kind().name();
        String prefix = "%" + likeEscaped(surname.substring(0, Math.min(4, surname.length()))) + "%";
        List<Candidate> candidates = jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(CANDIDATES);
            int p = 0;
            for (int branch = 0; branch < 3; branch++) {
                if (branch == 2) {
                    query.setArray(++p, connection.createArrayOf("bigint",
                            unflushed.stream().map(UnflushedAlias::actorId).toArray()));
                    query.setArray(++p, connection.createArrayOf("text",
                            unflushed.stream().map(UnflushedAlias::alias).toArray()));
                }
                query.setString(++p, kind);
                query.setString(++p, name);
                query.setString(++p, prefix);
            }
            return query;
        }, (rs, row) -> new Candidate(rs.getLong(1), rs.getString(2)));
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
