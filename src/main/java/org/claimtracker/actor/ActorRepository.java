package org.claimtracker.actor;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActorRepository extends JpaRepository<Actor, Long> {

    Optional<Actor> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** The actor whose name or one of whose aliases is {@code name}, ignoring case. */
    @Query("""
            select distinct a from Actor a left join a.aliases alias
            where lower(a.name) = lower(:name) or lower(alias) = lower(:name)
            order by a.id""")
    java.util.List<Actor> findByNameOrAlias(String name);

    default Optional<Actor> findOneByNameOrAlias(String name) {
        return findByNameOrAlias(name).stream().findFirst();
    }
}
