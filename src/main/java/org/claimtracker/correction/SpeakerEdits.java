package org.claimtracker.correction;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.claimtracker.audit.AuditLog;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.statement.PositionSummaries;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's changes to a speaker: merge two actors into one (statements, positions, roles, aliases, affiliations
 * and corrections move to the survivor; the old slug redirects), rename one, change its kind, add an alias or an affiliation. Every
 * change is audited. Bad input is an {@link IllegalArgumentException}, an unknown slug a
 * {@link NoSuchElementException}.
 */
@Service
public class SpeakerEdits {

    private static final int MAX_NAME = 200;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final PositionSummaries summaries;

    SpeakerEdits(JdbcTemplate jdbc, AuditLog audit, PositionSummaries summaries) {
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Moves everything of {@code fromSlug} to {@code intoSlug} and removes the former, leaving a redirect. */
    @Transactional
    public void merge(String fromSlug, String intoSlug, String note, String editor) {
        if (fromSlug.equals(intoSlug)) {
            throw new IllegalArgumentException("a speaker cannot be merged into itself");
        }
        long from = idOf(fromSlug);
        long into = idOf(intoSlug);
        String fromName = jdbc.queryForObject("select name from actor where id = ?", String.class, from);
        // positions follow their statements through the (statement, actor) foreign key's cascade
        jdbc.update("update statement set actor_id = ? where actor_id = ?", into, from);
        jdbc.update("""
                delete from actor_role r where r.actor_id = ? and exists (select 1 from actor_role o
                 where o.actor_id = ? and o.article_id = r.article_id and o.role = r.role)""", from, into);
        jdbc.update("update actor_role set actor_id = ? where actor_id = ?", into, from);
        jdbc.update("""
                insert into actor_alias (actor_id, alias)
                select ?, n.alias from (select alias from actor_alias where actor_id = ? union select ?) n(alias)
                 where lower(n.alias) <> lower((select name from actor where id = ?))
                on conflict do nothing""", into, from, fromName, into);
        // affiliations move both ways (the merged actor's bodies, and the people of a merged body), less those the
        // survivor has already or that would tie it to itself
        jdbc.update("""
                update actor_affiliation f set actor_id = ? where f.actor_id = ? and f.body_id <> ? and not exists (
                  select 1 from actor_affiliation o where o.actor_id = ? and o.body_id = f.body_id
                   and o.role_id is not distinct from f.role_id)""", into, from, into, into);
        jdbc.update("""
                update actor_affiliation f set body_id = ? where f.body_id = ? and f.actor_id <> ? and not exists (
                  select 1 from actor_affiliation o where o.body_id = ? and o.actor_id = f.actor_id
                   and o.role_id is not distinct from f.role_id)""", into, from, into, into);
        jdbc.update("update correction set after_value = ? where kind = 'SPEAKER' and after_value = ?", intoSlug,
                fromSlug);
        jdbc.update("update actor_redirect set actor_id = ? where actor_id = ?", into, from);
        jdbc.update("delete from actor where id = ?", from);
        jdbc.update("insert into actor_redirect (old_slug, actor_id) values (?, ?)", fromSlug, into);
        summaries.refresh();
        audit.record(editor, "SPEAKER_MERGED", "speaker " + intoSlug, fromSlug + " merged into " + intoSlug + " — "
                + checkedNote(note));
    }

    /** Gives the speaker another name; the old one becomes an alias and the slug stays, so links keep working. */
    @Transactional
    public void rename(String slug, String newName, String note, String editor) {
        long id = idOf(slug);
        String name = checkedName(newName);
        String old = jdbc.queryForObject("select name from actor where id = ?", String.class, id);
        try {
            jdbc.update("update actor set name = ? where id = ?", name, id);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("another speaker is already named '" + name + "': merge them instead");
        }
        jdbc.update("delete from actor_alias where actor_id = ? and lower(alias) = lower(?)", id, name);
        jdbc.update("insert into actor_alias (actor_id, alias) values (?, ?) on conflict do nothing", id, old);
        audit.record(editor, "SPEAKER_RENAMED", "speaker " + slug, old + " → " + name + " — " + checkedNote(note));
    }

    @Transactional
    public void changeKind(String slug, ActorKind kind, String note, String editor) {
        long id = idOf(slug);
        String old = jdbc.queryForObject("select kind from actor where id = ?", String.class, id);
        jdbc.update("update actor set kind = ? where id = ?", kind.name(), id);
        audit.record(editor, "SPEAKER_KIND", "speaker " + slug, old + " → " + kind + " — " + checkedNote(note));
    }

    @Transactional
    public void addAlias(String slug, String alias, String note, String editor) {
        long id = idOf(slug);
        String name = checkedName(alias);
        List<Long> owners = jdbc.queryForList("""
                select id from actor where lower(name) = lower(?)
                union select actor_id from actor_alias where lower(alias) = lower(?)""", Long.class, name, name);
        if (owners.stream().anyMatch(owner -> owner != id)) {
            throw new IllegalArgumentException("'" + name + "' already names another speaker");
        }
        if (owners.isEmpty()) {
            jdbc.update("insert into actor_alias (actor_id, alias) values (?, ?)", id, name);
        }
        audit.record(editor, "SPEAKER_ALIAS", "speaker " + slug, "alias " + name + " — " + checkedNote(note));
    }

    /**
     * Says the speaker belongs to a body or country ({@code bodySlug}) from {@code from} to {@code to} (either open
     * when null), as the lexicon's affiliations do; the same link again takes the new dates.
     */
    @Transactional
    public void addAffiliation(String slug, String bodySlug, LocalDate from, LocalDate to, String note,
            String editor) {
        long id = idOf(slug);
        long body = idOf(bodySlug.strip());
        if (body == id) {
            throw new IllegalArgumentException("a speaker cannot belong to itself");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the affiliation ends before it starts");
        }
        jdbc.update("""
                insert into actor_affiliation (actor_id, body_id, valid_from, valid_to) values (?, ?, ?, ?)
                on conflict (actor_id, body_id, role_id) do update
                   set valid_from = excluded.valid_from, valid_to = excluded.valid_to""", id, body, from, to);
        audit.record(editor, "SPEAKER_AFFILIATION", "speaker " + slug, "member of " + bodySlug.strip()
                + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to) + " — " + checkedNote(note));
    }

    private long idOf(String slug) {
        return jdbc.queryForList("select id from actor where slug = ?", Long.class, slug).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("speaker " + slug));
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("a name has 1 to " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    private static String checkedNote(String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("every change needs a short note saying why");
        }
        return note.strip();
    }
}
