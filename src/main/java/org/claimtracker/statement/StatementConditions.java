package org.claimtracker.statement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The where clause of a statement list over {@code statement s} alone (the article is reached only through a
 * subquery for the source filter), so an index on statement serves the list's order and the page's rows are joined
 * to their article, speaker and stances afterwards.
 */
final class StatementConditions {

    private StatementConditions() {
    }

    /**
     * @param scope the resolved speakers; null when the filter names none
     * @return the conditions joined by "and", empty when there are none
     */
    static List<String> of(StatementFilter filter, SpeakerScope scope, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (scope != null) {
            conditions.add(speakers(scope, params));
        }
        if (filter.topic() != null || filter.stance() != null) {
            // the statement's kept position keys, which the list's indexes carry (V8)
            String key = (filter.topic() == null ? "" : filter.topic())
                    + (filter.stance() == null ? "" : ":" + filter.stance().name());
            conditions.add("s.position_keys @> array[cast(:positionKey as text)]");
            params.addValue("positionKey", key);
        }
        if (filter.kind() != null) {
            conditions.add("s.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            conditions.add("s.effective_on >= :from");
            params.addValue("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("s.effective_on <= :to");
            params.addValue("to", Date.valueOf(filter.to()));
        }
        if (filter.source() != null) {
            conditions.add("s.article_id in (select a.id from article a"
                    + " where a.source_name = :source or lower(a.outlet) = lower(:source))");
            params.addValue("source", filter.source());
        }
        if (filter.verifiedOnly()) {
            // confirmed by an editor: the correction record is the mark
            conditions.add("exists (select 1 from correction c where c.statement_id = s.id and c.kind = 'CONFIRM')");
        }
        if (filter.q() != null) {
            conditions.add("s.content_tsv @@ websearch_to_tsquery('english', :q)");
            params.addValue("q", filter.q());
        }
        return conditions;
    }

    static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * {@code actor_id in (...)} first, which the (actor_id, effective_on) indexes serve; then, for affiliates whose
     * affiliation holds only for a while, their dates (an undated statement is not excluded by a date range).
     */
    private static String speakers(SpeakerScope scope, MapSqlParameterSource params) {
        params.addValue("speakerIds", scope.actorIds());
        List<SpeakerScope.Member> dated = scope.datedMembers();
        if (dated.isEmpty()) {
            return "s.actor_id in (:speakerIds)";
        }
        List<String> alternatives = new ArrayList<>();
        if (!scope.openActorIds().isEmpty()) {
            params.addValue("openSpeakerIds", scope.openActorIds());
            alternatives.add("s.actor_id in (:openSpeakerIds)");
        }
        for (int i = 0; i < dated.size(); i++) {
            SpeakerScope.Member member = dated.get(i);
            StringBuilder alternative = new StringBuilder("(s.actor_id = :member" + i);
            params.addValue("member" + i, member.actorId());
            if (member.validFrom() != null) {
                alternative.append(" and (s.effective_on is null or s.effective_on >= :memberFrom").append(i)
                        .append(")");
                params.addValue("memberFrom" + i, Date.valueOf(member.validFrom()));
            }
            if (member.validTo() != null) {
                alternative.append(" and (s.effective_on is null or s.effective_on <= :memberTo").append(i)
                        .append(")");
                params.addValue("memberTo" + i, Date.valueOf(member.validTo()));
            }
            alternatives.add(alternative.append(")").toString());
        }
        return "s.actor_id in (:speakerIds) and (" + String.join(" or ", alternatives) + ")";
    }
}
