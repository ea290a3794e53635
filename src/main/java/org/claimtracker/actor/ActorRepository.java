package org.claimtracker.actor;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActorRepository extends JpaRepository<Actor, Long> {

    Optional<Actor> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /**
     * The actor whose name or one of whose aliases is {@code name}, ignoring case, with all its aliases: ingestion
     * adds the article's spellings to them, and loading them here saves a query per speaker.
     */
    @Query("""
            select distinct a from Actor a left join fetch a.aliases
            where a.id in (select n.id from Actor n where lower(n.name) = lower(:name))
               or a.id in (select m.id from Actor m join m.aliases alias where lower(alias) = lower(:name))
            order by a.id""")
    java.util.List<Actor> findByNameOrAlias(String name);

    /**
     * The actors whose name or one of whose aliases, in lower case, is among {@code lowerCaseNames}. SQL with one
     * array parameter: the JPQL form with an IN list cost more CPU to translate, per call, than the query took to
     * run. Their aliases then load together, in one query ({@code @BatchSize} on {@link Actor}).
     */
    @Query(value = """
            select a.* from actor a
             where lower(a.name) = any(cast(:lowerCaseNames as text[]))
                or a.id in (select al.actor_id from actor_alias al
                             where lower(al.alias) = any(cast(:lowerCaseNames as text[])))
             order by a.id""", nativeQuery = true)
    java.util.List<Actor> findByNamesOrAliases(String[] lowerCaseNames);

    default Optional<Actor> findOneByNameOrAlias(String name) {
        return findByNameOrAlias(name).stream().findFirst();
    }
}
