-- Two filters that still read tens of thousands of rows per page at a million statements (issue 13):
--  * the outlet, now kept on statement like its date. "Which of this outlet's statements match these words" went
--    through article and checked the words of every statement the outlet ever printed (41k rows, 220 ms), because
--    the words index and the article join could not be combined. One index now holds an outlet's statements in
--    list order, and its bitmap combines with the words index, so only statements matching both are read;
--  * the length of a list filtered by topic and stance, now kept per position key (below).
-- This migration rewrites every statement row: no statement timeout applies to it.
set local statement_timeout = 0;

-- lower-cased, as the filter compares outlets; null when the article names none
alter table statement add column outlet_key text;

update statement s
   set outlet_key = lower(a.outlet)
  from article a
 where a.id = s.article_id and a.outlet is not null;

create or replace function statement_before_write() returns trigger language plpgsql as $$
declare
    body_length int;
    published   date;
    outlet      text;
begin
    select a.body_length, a.published_on, a.outlet into body_length, published, outlet
      from article a where a.id = new.article_id;
    if new.end_offset > body_length then
        raise exception '% offsets [%, %) fall outside the body of article %',
            TG_TABLE_NAME, new.start_offset, new.end_offset, new.article_id;
    end if;
    new.effective_on := coalesce(new.said_on, published);
    new.words_key := statement_words_key(new.content);
    new.outlet_key := lower(outlet);
    return new;
end
$$;

-- A new reading of an article can name its outlet (a metadata table added, a header corrected).
create function article_outlet_to_statements() returns trigger language plpgsql as $$
begin
    update statement set outlet_key = lower(new.outlet)
     where article_id = new.id and outlet_key is distinct from lower(new.outlet);
    return null;
end
$$;
create trigger article_outlet_to_statements
    after update of outlet on article
    for each row when (old.outlet is distinct from new.outlet)
    execute function article_outlet_to_statements();

-- An outlet's statements newest first, with the filters the other list indexes carry; scanned as a bitmap it is
-- the outlet half of "these words in this outlet".
create index statement_outlet_newest on statement (outlet_key, effective_on desc nulls last, article_id desc, seq)
    include (kind, position_keys) where outlet_key is not null;

-- Statements per position key ('CEASEFIRE', 'CEASEFIRE:OPPOSES', ':OPPOSES', as statement.position_keys holds
-- them), so a list filtered by topic, stance or both shows its exact length without counting: counting "opposes a
-- ceasefire" up to its cap read a quarter of the table (100 ms at a million statements). Kept by the statement
-- triggers in the same transaction as every write, like the other summaries.
create table position_key_summary (
    position_key text primary key,
    statements   int  not null check (statements >= 0)
);
insert into position_key_summary (position_key, statements)
select k, count(*) from statement, unnest(position_keys) k group by k;

create or replace function statement_summaries() returns trigger language plpgsql as $$
begin
    -- removed rows first, then added ones; rows left at zero go, and dates of removed rows are looked up again
    if TG_OP in ('DELETE', 'UPDATE') then
        update actor_summary su set statements = su.statements - d.n
          from (select actor_id, count(*) as n from removed where actor_id is not null group by actor_id) d
         where su.actor_id = d.actor_id;
        update position_key_summary su set statements = su.statements - d.n
          from (select k, count(*) as n from removed, unnest(removed.position_keys) k group by k) d
         where su.position_key = d.k;
    end if;
    if TG_OP in ('INSERT', 'UPDATE') then
        insert into actor_summary as su (actor_id, statements, first_on, last_on)
        select actor_id, count(*), min(effective_on), max(effective_on)
          from added where actor_id is not null group by actor_id
        on conflict (actor_id) do update
           set statements = su.statements + excluded.statements,
               first_on = least(su.first_on, excluded.first_on),
               last_on = greatest(su.last_on, excluded.last_on);
        insert into position_key_summary as su (position_key, statements)
        select k, count(*) from added, unnest(added.position_keys) k group by k
        on conflict (position_key) do update set statements = su.statements + excluded.statements;
    end if;
    if TG_OP in ('DELETE', 'UPDATE') then
        delete from actor_summary su
         where su.actor_id in (select actor_id from removed) and su.statements = 0;
        update actor_summary su
           set first_on = (select min(effective_on) from statement s where s.actor_id = su.actor_id),
               last_on = (select max(effective_on) from statement s where s.actor_id = su.actor_id)
         where su.actor_id in (select actor_id from removed);
        delete from position_key_summary su
         where su.statements = 0 and su.position_key in (select k from removed, unnest(removed.position_keys) k);
    end if;
    return null;
end
$$;

create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
    delete from actor_summary;
    insert into actor_summary (actor_id, statements, first_on, last_on)
    select actor_id, count(*), min(effective_on), max(effective_on)
      from statement where actor_id is not null group by actor_id;
    delete from topic_summary;
    insert into topic_summary (topic_code, statements)
    select topic_code, count(*) from position group by topic_code;
    delete from actor_topic_summary;
    insert into actor_topic_summary (actor_id, topic_code, statements, supports, opposes, conditional, neutral,
                                     first_on, last_on)
    select actor_id, topic_code, count(*),
           count(*) filter (where stance = 'SUPPORTS'), count(*) filter (where stance = 'OPPOSES'),
           count(*) filter (where stance = 'CONDITIONAL'), count(*) filter (where stance = 'NEUTRAL'),
           min(stated_on), max(stated_on)
      from position where actor_id is not null group by actor_id, topic_code;
    delete from position_key_summary;
    insert into position_key_summary (position_key, statements)
    select k, count(*) from statement, unnest(position_keys) k group by k;
    update corpus_summary set articles = (select count(*) from article),
                              undated = (select count(*) from article where published_on is null),
                              statements = (select count(*) from statement);
    delete from outlet_summary;
    insert into outlet_summary (outlet, articles)
    select outlet, count(*) from article where outlet is not null group by outlet;
end
$$;
