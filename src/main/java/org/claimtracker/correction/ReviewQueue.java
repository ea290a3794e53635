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

    private final NamedParameterJdbcTemplate jdbc;

    ReviewQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the queue. Its statements are picked from statement alone, in the order of the
     * statement_least_confident index (V13), and only they are joined to their article and speaker; a speaker is
     * resolved to its id first so the planner sees how many statements it has (a big speaker's are read in index
     * order, a small one's sorted).
     */
    @Transactional(readOnly = true)
    public List<Item> unreviewed(Filter filter) {
        jdbc.getJdbcOperations().execute("set local plan_cache_mode = force_custom_plan");
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>(List.of(UNREVIEWED));
        if (notBlank(filter.speaker())) {
            List<Long> speaker = jdbc.queryForList("select id from actor where slug = :slug",
                    new MapSqlParameterSource("slug", filter.speaker().strip()), Long.class);
            if (speaker.isEmpty()) {
                return List.of();
            }
            where.add("s.actor_id = :speaker");
            params.addValue("speaker", speaker.get(0));
        }
        if (notBlank(filter.topic())) {
            where.add("s.position_keys @> array[cast(:topic as text)]");
            params.addValue("topic", filter.topic().strip());
        }
        if (notBlank(filter.kind())) {
            where.add("s.kind = :kind");
            params.addValue("kind", filter.kind().strip());
        }
        if (notBlank(filter.source())) {
            where.add("(s.outlet_key = lower(cast(:source as text))"
                    + " or s.article_id in (select a.id from article a where a.source_name = :source))");
            params.addValue("source", filter.source().strip());
        }
        params.addValue("limit", PAGE_SIZE).addValue("offset", (long) Math.max(filter.page(), 0) * PAGE_SIZE);
        return jdbc.query("select s.id, s.content, s.kind, s.confidence, s.decided_by, ac.slug, ac.name,"
                + " a.id as article_id, a.headline"
                + " from (select s.id from statement s where " + String.join(" and ", where)
                + " order by s.confidence, s.id limit :limit offset :offset) page"
                + " join statement s on s.id = page.id join article a on a.id = s.article_id"
                + " left join actor ac on ac.id = s.actor_id order by s.confidence, s.id", params,
                (rs, n) -> new Item(rs.getLong("id"), rs.getString("content"), rs.getString("kind"),
                        rs.getDouble("confidence"), rs.getString("decided_by"), rs.getString("slug"),
                        rs.getString("name"), rs.getLong("article_id"), rs.getString("headline")));
    }

    /**
     * Per speaker, those with the most statements still to review first. Counted from the corrections, which are
     * few, and the kept statement counts (actor_summary), so the page reads no statement that no editor touched.
     */
    @Transactional(readOnly = true)
    public List<Progress> bySpeaker() {
        return jdbc.query("""
                with reviewed as (
                    select s.actor_id, count(distinct s.id) as reviewed,
                           count(distinct s.id) filter (where c.kind <> 'CONFIRM') as corrected
                      from correction c join statement s on s.id = c.statement_id
                     where s.actor_id is not null
                     group by s.actor_id),
                counted as (
                    select ac.slug as key, coalesce(r.reviewed, 0) as reviewed, coalesce(r.corrected, 0) as corrected,
                           su.statements - coalesce(r.reviewed, 0) as unreviewed
                      from actor_summary su join actor ac on ac.id = su.actor_id
                      left join reviewed r on r.actor_id = su.actor_id),
                rejected as (
                    select split_part(before_value, '|', 1) as key, count(*) as rejected
                      from correction where kind = 'REJECT' group by 1)
                select ac.slug as key, ac.name as label, coalesce(c.reviewed, 0) as reviewed,
                       coalesce(c.corrected, 0) as corrected, coalesce(r.rejected, 0) as rejected,
                       coalesce(c.unreviewed, 0) as unreviewed
                  from counted c full join rejected r on r.key = c.key
                  join actor ac on ac.slug = coalesce(c.key, r.key)
                 order by unreviewed desc, ac.name limit :rows""",
                new MapSqlParameterSource("rows", COUNT_ROWS), (rs, n) -> progress(rs));
    }

    /** Per topic, in the topics' order; counted like {@link #bySpeaker} from corrections and topic_summary. */
    @Transactional(readOnly = true)
    public List<Progress> byTopic() {
        return jdbc.query("""
                with reviewed as (
                    select p.topic_code as key, count(distinct p.statement_id) as reviewed,
                           count(distinct p.statement_id) filter (where c.kind <> 'CONFIRM') as corrected
                      from correction c join position p on p.statement_id = c.statement_id
                     group by p.topic_code),
                rejected as (
                    select split_part(pair, ':', 1) as key, count(*) as rejected
                      from correction,
                           regexp_split_to_table(nullif(split_part(before_value, '|', 2), ''), ',') as pair
                     where kind = 'REJECT' group by 1)
                select t.code as key, t.label, coalesce(c.reviewed, 0) as reviewed,
                       coalesce(c.corrected, 0) as corrected, coalesce(r.rejected, 0) as rejected,
                       coalesce(su.statements, 0) - coalesce(c.reviewed, 0) as unreviewed
                  from topic t left join topic_summary su on su.topic_code = t.code
                  left join reviewed c on c.key = t.code left join rejected r on r.key = t.code
                 order by t.sort_order""", new MapSqlParameterSource(), (rs, n) -> progress(rs));
    }

    private static Progress progress(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Progress(rs.getString("key"), rs.getString("label"), rs.getLong("reviewed"),
                rs.getLong("corrected"), rs.getLong("rejected"), rs.getLong("unreviewed"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
