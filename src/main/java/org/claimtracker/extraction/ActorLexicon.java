package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The known actors, looked up by any alias or by a role they are known to hold. */
final class ActorLexicon {

    /** One row of {@code actors.tsv}, with its roles' comparison keys and head nouns worked out once. */
    record KnownActor(Speaker speaker, List<String> roles, List<String> roleKeys, List<String> roleHeads) {

        KnownActor(Speaker speaker, List<String> roles) {
            this(speaker, List.copyOf(roles), roles.stream().map(Roles::key).toList(),
                    roles.stream().map(Roles::head).toList());
        }
    }

    private final Map<String, KnownActor> byAlias;
    private final Map<String, KnownActor> byRoleKey = new HashMap<>();

    private ActorLexicon(List<KnownActor> actors, Map<String, KnownActor> byAlias) {
        this.byAlias = Map.copyOf(byAlias);
        for (KnownActor actor : actors) {
            for (String key : actor.roleKeys()) {
                byRoleKey.putIfAbsent(key, actor); // file order decides between actors sharing a role
            }
        }
    }

    static ActorLexicon of(List<String[]> rows) {
        List<KnownActor> actors = new ArrayList<>();
        Map<String, KnownActor> byAlias = new HashMap<>();
        for (String[] row : rows) {
            String canonical = row[0].strip();
            ActorKind kind = ActorKind.valueOf(row[1].strip());
            List<String> aliases = split(row.length > 2 ? row[2] : "");
            List<String> roles = split(row.length > 3 ? row[3] : "");
            KnownActor actor = new KnownActor(new Speaker(canonical, kind, aliases), roles);
            actors.add(actor);
            byAlias.putIfAbsent(Names.key(canonical), actor);
            for (String alias : aliases) {
                byAlias.putIfAbsent(Names.key(alias), actor);
            }
        }
        return new ActorLexicon(actors, byAlias);
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    KnownActor byName(String name) {
        return byAlias.get(Names.key(name));
    }

    /** The first actor (in file order) holding a role whose words match {@code role}'s, or null. */
    KnownActor byRole(String role) {
        return byRoleKey.get(Roles.key(role));
    }
}
