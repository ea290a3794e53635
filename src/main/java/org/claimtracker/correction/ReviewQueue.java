package org.claimtracker.correction;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors have yet to look at: statements no correction (not even a confirmation) touches, least confident
 * first, and how far review has come per speaker and per topic.
 */
@Component
public class ReviewQueue {

    public static final int PAGE_SIZE = 25;
    private static final int COUNT_ROWS = 30;

    /** Narrows the queue; blank fields match everything. */
    public record Filter(String speaker, String topic, String kind, String source, int page) {
    }

    public record Item(long id, String content, String kind, double confidence, String decidedBy, String actorSlug,
            String actorName, long articleId, String articleHeadline) {
    }

    /** Review progress for one speaker or topic. */
    public record Progress(String key, String label, long reviewed, long corrected, long rejected, long unreviewed) {
    }

    private static final String UNREVIEWED = "not exists (select 1 from correction c where c.statement_id = s.id)";
    private static final String CORRECTED =
            "exists (select 1 from correction c where c.statement_id = s.id and c.kind <> 'CONFIRM')";

    private final NamedParameterJdbcTemplate jdbc;

    ReviewQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Item> unreviewed(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>(List.of(UNREVIEWED));
        if (notBlank(filter.speaker())) {
            where.add("ac.slug = :speaker");
            params.addValue("speaker", filter.speaker().strip());
        }
        if (notBlank(filter.topic())) {
            where.add("exists (select 1 from position p where p.statement_id = s.id and p.topic_code = :topic)");
            params.addValue("topic", filter.topic().strip());
        }
        if (notBlank(filter.kind())) {
            where.add("s.kind = :kind");
            params.addValue("kind", filter.kind().strip());
        }
        if (notBlank(filter.source())) {
            where.add("(a.source_name = :source or lower(a.outlet) = lower(:source))");
            params.addValue("source", filter.source().strip());
        }
        params.addValue("limit", PAGE_SIZE).addValue("offset", (long) Math.max(filter.page(), 0) * PAGE_SIZE);
        return jdbc.query("select s.id, s.content, s.kind, s.confidence, s.decided_by, ac.slug, ac.name,"
                + " a.id as article_id, a.headline from statement s join article a on a.id = s.article_id"
                + " left join actor ac on ac.id = s.actor_id where " + String.join(" and ", where)
                + " order by s.confidence, s.id limit :limit offset :offset", params,
                (rs, n) -> new Item(rs.getLong("id"), rs.getString("content"), rs.getString("kind"),
                        rs.getDouble("confidence"), rs.getString("decided_by"), rs.getString("slug"),
                        rs.getString("name"), rs.getLong("article_id"), rs.getString("headline")));
    }

    /** Per speaker, those with the most statements still to review first. */
    @Transactional(readOnly = true)
    public List<Progress> bySpeaker() {
        return jdbc.query("""
                with counted as (
                    select ac.slug as key,
                           count(*) filter (where not %1$s) as reviewed,
                           count(*) filter (where %2$s) as corrected,
                           count(*) filter (where %1$s) as unreviewed
                      from statement s join actor ac on ac.id = s.actor_id
                     group by ac.slug),
                rejected as (
                    select split_part(before_value, '|', 1) as key, count(*) as rejected
                      from correction where kind = 'REJECT' group by 1)
                select ac.slug as key, ac.name as label, coalesce(c.reviewed, 0) as reviewed,
                       coalesce(c.corrected, 0) as corrected, coalesce(r.rejected, 0) as rejected,
                       coalesce(c.unreviewed, 0) as unreviewed
                  from counted c full join rejected r on r.key = c.key
                  join actor ac on ac.slug = coalesce(c.key, r.key)
                 order by unreviewed desc, ac.name limit :rows""".formatted(UNREVIEWED, CORRECTED),
                new MapSqlParameterSource("rows", COUNT_ROWS), (rs, n) -> progress(rs));
    }

    @Transactional(readOnly = true)
    public List<Progress> byTopic() {
        return jdbc.query("""
                with counted as (
                    select p.topic_code as key,
                           count(*) filter (where not %1$s) as reviewed,
                           count(*) filter (where %2$s) as corrected,
                           count(*) filter (where %1$s) as unreviewed
                      from position p join statement s on s.id = p.statement_id
                     group by p.topic_code),
                rejected as (
                    select split_part(pair, ':', 1) as key, count(*) as rejected
                      from correction,
                           regexp_split_to_table(nullif(split_part(before_value, '|', 2), ''), ',') as pair
                     where kind = 'REJECT' group by 1)
                select t.code as key, t.label, coalesce(c.reviewed, 0) as reviewed,
                       coalesce(c.corrected, 0) as corrected, coalesce(r.rejected, 0) as rejected,
                       coalesce(c.unreviewed, 0) as unreviewed
                  from topic t left join counted c on c.key = t.code left join rejected r on r.key = t.code
                 order by t.sort_order""".formatted(UNREVIEWED, CORRECTED), new MapSqlParameterSource(),
                (rs, n) -> progress(rs));
    }

    private static Progress progress(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Progress(rs.getString("key"), rs.getString("label"), rs.getLong("reviewed"),
                rs.getLong("corrected"), rs.getLong("rejected"), rs.getLong("unreviewed"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
