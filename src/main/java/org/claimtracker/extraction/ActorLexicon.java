package org.claimtracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The known actors, looked up by any alias (exactly, or through {@link NameKeys#matchKey transliteration}) or by a
 * role they are known to hold; with the places that never speak and the adjectives that name a country.
 */
final class ActorLexicon {

    /** One row of {@code actors.tsv}, with its roles' comparison keys and head nouns worked out once. */
    record KnownActor(Speaker speaker, List<String> roles, List<String> roleKeys, List<String> roleHeads) {

        KnownActor(Speaker speaker, List<String> roles) {
            this(speaker, List.copyOf(roles), roles.stream().map(Roles::key).toList(),
                    roles.stream().map(Roles::head).toList());
        }
    }

    private final Map<String, KnownActor> byAlias;
    private final Map<String, KnownActor> byMatchKey;
    private final Map<String, KnownActor> byRoleKey = new HashMap<>();
    private final Set<String> places;
    private final Map<String, String> countryByAdjective;

    private ActorLexicon(List<KnownActor> actors, Set<String> places, Map<String, String> countryByAdjective) {
        Map<String, KnownActor> aliases = new HashMap<>();
        Map<String, KnownActor> keys = new HashMap<>();
        for (KnownActor actor : actors) {
            Speaker s = actor.speaker();
            for (String name : names(s)) {
                aliases.putIfAbsent(Names.key(name), actor);
                keys.putIfAbsent(NameKeys.matchKey(name), actor);
            }
            for (String key : actor.roleKeys()) {
                byRoleKey.putIfAbsent(key, actor); // file order decides between actors sharing a role
            }
        }
        this.byAlias = Map.copyOf(aliases);
        this.byMatchKey = Map.copyOf(keys);
        this.places = Set.copyOf(places);
        this.countryByAdjective = Map.copyOf(countryByAdjective);
    }

    private static List<String> names(Speaker s) {
        List<String> names = new ArrayList<>(s.aliases());
        names.add(0, s.canonicalName());
        return names;
    }

    /** The lexicon of {@code actors.tsv} rows, with no places and no country adjectives. */
    static ActorLexicon of(List<String[]> rows) {
        return of(rows, List.of(), List.of());
    }

    /**
     * @param rows       canonical name, kind, aliases|..., roles|..., affiliations|... (each "Body" or
     *                   "Body@from..to" with ISO dates, either side may be empty)
     * @param placeRows  names of places ("Europe"), first column
     * @param adjectives adjective, country ("Ukrainian", "Ukraine")
     */
    static ActorLexicon of(List<String[]> rows, List<String[]> placeRows, List<String[]> adjectives) {
        Map<String, String[]> byName = new HashMap<>();
        for (String[] row : rows) {
            byName.putIfAbsent(row[0].strip(), row);
        }
        Map<String, KnownActor> built = new HashMap<>();
        List<KnownActor> actors = new ArrayList<>();
        for (String[] row : rows) {
            actors.add(build(row[0].strip(), byName, built, new HashSet<>()));
        }
        Set<String> places = new HashSet<>();
        for (String[] row : placeRows) {
            places.add(Names.key(row[0]));
        }
        Map<String, String> countries = new HashMap<>();
        for (String[] row : adjectives) {
            countries.put(Names.key(row[0]), row[1].strip());
        }
        return new ActorLexicon(actors, places, countries);
    }

    /** Builds a row's actor after the bodies it belongs to, so that each affiliation holds the finished body. */
    private static KnownActor build(String name, Map<String, String[]> rows, Map<String, KnownActor> built,
            Set<String> underway) {
        KnownActor done = built.get(name);
        if (done != null) {
            return done;
        }
        String[] row = rows.get(name);
        if (row == null) {
            throw new IllegalStateException("actors.tsv: affiliation with unknown body '" + name + "'");
        }
        if (!underway.add(name)) {
            throw new IllegalStateException("actors.tsv: affiliations of '" + name + "' form a cycle");
        }
        List<Affiliation> affiliations = new ArrayList<>();
        for (String cell : split(row.length > 4 ? row[4] : "")) {
            String[] bodyAndDates = cell.split("@", 2);
            KnownActor body = build(bodyAndDates[0].strip(), rows, built, underway);
            LocalDate from = null;
            LocalDate to = null;
            if (bodyAndDates.length == 2) {
                String[] range = bodyAndDates[1].split("\\.\\.", -1);
                from = range[0].isBlank() ? null : LocalDate.parse(range[0].strip());
                to = range.length < 2 || range[1].isBlank() ? null : LocalDate.parse(range[1].strip());
            }
            affiliations.add(new Affiliation(body.speaker(), from, to));
        }
        ActorKind kind = ActorKind.valueOf(row[1].strip());
        KnownActor actor = new KnownActor(new Speaker(name, kind, split(row.length > 2 ? row[2] : ""), affiliations),
                split(row.length > 3 ? row[3] : ""));
        built.put(name, actor);
        return actor;
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The known actor by name or alias, compared by {@link Names#key}, else by transliteration key; or null. */
    KnownActor byName(String name) {
        KnownActor exact = byAlias.get(Names.key(name));
        return exact != null ? exact : byMatchKey.get(NameKeys.matchKey(name));
    }

    /** The first actor (in file order) holding a role whose words match {@code role}'s, or null. */
    KnownActor byRole(String role) {
        return byRoleKey.get(Roles.key(role));
    }

    boolean isPlace(String name) {
        return places.contains(Names.key(name));
    }

    /** The country an adjective names ("Ukrainian": Ukraine), or null. */
    KnownActor countryOfAdjective(String word) {
        String country = countryByAdjective.get(Names.key(word));
        return country == null ? null : byName(country);
    }

    /**
     * The body or country a role names: the longest run of its words that is a known organisation, country or media
     * ("White House press secretary": the White House), else a country adjective ("Ukrainian foreign minister":
     * Ukraine); null when it names none.
     */
    Speaker bodyInRole(String role) {
        String[] words = Names.words(role);
        for (int length = Math.min(words.length, 5); length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String phrase = MentionParser.stripPossessive(String.join(" ", Arrays.copyOfRange(words, from, from + length)));
                KnownActor known = byAlias.get(Names.key(phrase));
                if (known != null && known.speaker().kind() != ActorKind.PERSON) {
                    return known.speaker();
                }
            }
        }
        for (String w : words) {
            KnownActor country = countryOfAdjective(w);
            if (country != null) {
                return country.speaker();
            }
        }
        return null;
    }
}
