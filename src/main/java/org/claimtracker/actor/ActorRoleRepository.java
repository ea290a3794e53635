package org.claimtracker.actor;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActorRoleRepository extends JpaRepository<ActorRole, Long> {
}
