package org.claimtracker.correction;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists the corrections that no longer fit their article's statements, oldest first. */
@Component
public class NeedsAttention {

    private static final int MAX_ROWS = 200;

    private final NamedParameterJdbcTemplate jdbc;

    NeedsAttention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<AttentionItem> list() {
        return jdbc.query("""
                select c.id, c.article_id, a.headline, c.kind, c.anchor_text, c.attention_reason, c.note, c.editor,
                       c.created_at
                  from correction c join article a on a.id = c.article_id
                 where c.status = 'NEEDS_ATTENTION' order by c.id limit :rows""",
                new MapSqlParameterSource("rows", MAX_ROWS),
                (rs, n) -> new AttentionItem(rs.getLong("id"), rs.getLong("article_id"), rs.getString("headline"),
                        rs.getString("kind"), rs.getString("anchor_text"), rs.getString("attention_reason"),
                        rs.getString("note"), rs.getString("editor"), rs.getTimestamp("created_at").toInstant()));
    }
}
