-- Indexes that later ones made redundant, each a write on every ingested statement or position (issue 13):
--  * statement_article (article_id): the unique (article_id, seq) index serves every lookup by article;
--  * position_actor (actor_id, topic_code, stated_on): position_actor_topic_newest (V8) has the same leading columns;
--  * position_topic_actor (topic_code, actor_id, stated_on): topic filters read statement.position_keys (V8) and
--    topic counts are kept in topic_summary, so no query reads positions by topic any more.
drop index if exists statement_article;
drop index if exists position_actor;
drop index if exists position_topic_actor;

-- One look at the article per statement row instead of two: the offsets check (V1) and the derived columns (V8)
-- become one trigger.
create function statement_before_write() returns trigger language plpgsql as $$
declare
    body_length int;
    published   date;
begin
    select a.body_length, a.published_on into body_length, published from article a where a.id = new.article_id;
    if new.end_offset > body_length then
        raise exception '% offsets [%, %) fall outside the body of article %',
            TG_TABLE_NAME, new.start_offset, new.end_offset, new.article_id;
    end if;
    new.effective_on := coalesce(new.said_on, published);
    new.words_key := statement_words_key(new.content);
    return new;
end
$$;
drop trigger statement_offsets_inside_body on statement;
drop trigger statement_derived_columns on statement;
create trigger statement_before_write
    before insert or update of start_offset, end_offset, article_id, said_on, content on statement
    for each row execute function statement_before_write();
drop function statement_derived_columns();
