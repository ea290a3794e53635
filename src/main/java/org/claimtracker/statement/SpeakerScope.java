package org.claimtracker.statement;

import java.time.LocalDate;
import java.util.List;

/**
 * The actors a speaker filter stands for, resolved to ids before the list is read so the (actor, date) indexes serve
 * it: the speakers named, and with affiliates the people of each body within the dates their affiliation allows.
 *
 * @param members every actor in scope; empty when none of the speakers exists (nothing matches)
 */
record SpeakerScope(List<Member> members) {

    /** One actor in scope; a null bound leaves that side of its date range open. */
    record Member(long actorId, LocalDate validFrom, LocalDate validTo) {

        boolean open() {
            return validFrom == null && validTo == null;
        }
    }

    SpeakerScope {
        members = List.copyOf(members);
    }

    List<Long> actorIds() {
        return members.stream().map(Member::actorId).distinct().toList();
    }

    /** Actors whose every statement counts: no date range limits them (at least one of their paths is open). */
    List<Long> openActorIds() {
        return members.stream().filter(Member::open).map(Member::actorId).distinct().toList();
    }

    List<Member> datedMembers() {
        List<Long> open = openActorIds();
        return members.stream().filter(m -> !open.contains(m.actorId())).toList();
    }
}
