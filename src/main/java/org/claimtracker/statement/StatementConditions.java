package org.claimtracker.statement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The where clause of a statement list over {@code statement s} alone, so an index on statement serves the list's
 * order and the page's rows are joined to their article, speaker and stances afterwards.
 */
final class StatementConditions {

    private StatementConditions() {
    }

    /**
     * @param scope  the resolved speakers; null when the filter names none
     * @param source the resolved source; null when the filter names none
     * @return the conditions joined by "and", empty when there are none
     */
    static List<String> of(StatementFilter filter, SpeakerScope scope, SourceScope source,
            MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (scope != null) {
            conditions.add(speakers(scope, params));
        }
        if (positionKey(filter) != null) {
            // the statement's kept position keys, which the list's indexes carry (V8)
            conditions.add("s.position_keys @> array[cast(:positionKey as text)]");
            params.addValue("positionKey", positionKey(filter));
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
        if (source != null) {
            conditions.add(source(source, params));
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

    /**
     * The key statement.position_keys holds for the filter's topic and stance ('CEASEFIRE', 'CEASEFIRE:OPPOSES',
     * ':OPPOSES'); null when it names neither.
     */
    static String positionKey(StatementFilter filter) {
        if (filter.topic() == null && filter.stance() == null) {
            return null;
        }
        return (filter.topic() == null ? "" : filter.topic())
                + (filter.stance() == null ? "" : ":" + filter.stance().name());
    }

    static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The outlet by its kept key, lower-cased as the V12 trigger writes it; a file name by its articles' ids. */
    private static String source(SourceScope source, MapSqlParameterSource params) {
        params.addValue("source", source.source());
        String outlet = "s.outlet_key = lower(cast(:source as text))";
        if (source.fileArticles().isEmpty()) {
            return outlet;
        }
        params.addValue("sourceArticles", source.fileArticles());
        return "(" + outlet + " or s.article_id in (:sourceArticles))";
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
