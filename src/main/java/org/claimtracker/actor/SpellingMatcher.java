package org.claimtracker.actor;

import java.sql.Array;
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

    /**
     * A name or alias as an actor stands in the current transaction, where the database may not hold it yet: the
     * aliases it gained, or every name of an actor renamed or reclassified.
     */
    record UnflushedName(long actorId, String name, ActorKind kind) {
    }

    private static final String CANDIDATES = """
            select a.id, a.name from actor a
             where a.kind = ? and (a.name % ? or a.name ilike ?) and a.id <> all(?::bigint[])
            union all
            select al.actor_id, al.alias from actor_alias al join actor a on a.id = al.actor_id
             where a.kind = ? and (al.alias % ? or al.alias ilike ?) and a.id <> all(?::bigint[])
            union all
            select u.actor_id, u.name from unnest(?::bigint[], ?::text[], ?::text[]) as u(actor_id, name, kind)
             where u.kind = ? and (u.name % ? or u.name ilike ?)
             limit 200
            """;

    private final JdbcTemplate jdbc;

    SpellingMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The one stored actor the speaker's name spells differently, if any. The actors as they stand in this
     * transaction count without flushing it: {@code unflushed} are names the database may not hold yet, and the
     * stored rows of the actors in {@code changed} (renamed or reclassified) are passed over for theirs.
     */
    Optional<Long> match(Speaker speaker, Collection<UnflushedName> unflushed, Collection<Long> changed) {
        String name = speaker.canonicalName();
        String[] words = name.strip().split("\\s+");
        String surname = words[words.length - 1];
        String kind = speaker.kind().name();
        String prefix = "%" + likeEscaped(surname.substring(0, Math.min(4, surname.length()))) + "%";
        List<Candidate> candidates = jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(CANDIDATES);
            Array changedIds = connection.createArrayOf("bigint", changed.toArray());
            int p = 0;
            for (int branch = 0; branch < 2; branch++) {
                query.setString(++p, kind);
                query.setString(++p, name);
                query.setString(++p, prefix);
                query.setArray(++p, changedIds);
            }
            query.setArray(++p, connection.createArrayOf("bigint",
                    unflushed.stream().map(UnflushedName::actorId).toArray()));
            query.setArray(++p, connection.createArrayOf("text",
                    unflushed.stream().map(UnflushedName::name).toArray()));
            query.setArray(++p, connection.createArrayOf("text",
                    unflushed.stream().map(n -> n.kind().name()).toArray()));
            query.setString(++p, kind);
            query.setString(++p, name);
            query.setString(++p, prefix);
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
