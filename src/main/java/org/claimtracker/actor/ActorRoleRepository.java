package org.claimtracker.actor;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ActorRoleRepository extends JpaRepository<ActorRole, Long> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ActorRole r where r.article.id = :articleId")
    int deleteByArticleId(Long articleId);
}
