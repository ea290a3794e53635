-- A million statements (issue 13): what every page sorts, filters and counts by is stored, not recomputed per
-- request.
--  * statement.effective_on: the date a statement is listed under (when it was said, else its article's date), so
--    one index serves "newest first, 20 at a time" with or without a speaker;
--  * statement.position_keys: its positions as filter keys ('CEASEFIRE', 'CEASEFIRE:OPPOSES', ':OPPOSES'), so the
--    list's index answers a topic or stance filter on deep pages without visiting position for every row skipped;
--  * statement.words_key: the statement's words with case and punctuation ignored, hashed, so "the same words in
--    other articles" is an index lookup instead of a similarity scan over every statement;
--  * kept summaries: statements per actor (with first and last date), per topic and per actor and topic (with the
--    count per stance), maintained by triggers in the same transaction as every write, whichever code path writes.
--    Where each actor stands on a topic is judged by the application (PositionSummaries) from the most recent
--    remarks, and stored here too; a write that changes the evidence marks it stale until then.
-- This migration rewrites every statement row: no statement timeout applies to it.
set local statement_timeout = 0;

alter table statement add column effective_on date;
alter table statement add column words_key uuid;
alter table statement add column position_keys text[] not null default '{}';

create function statement_position_keys(statement bigint) returns text[] language sql stable as $$
    -- distinct and in code-point order, as Statement.keyPositions writes them
    select array(select distinct k collate "C"
                   from position p, unnest(array[p.topic_code, p.topic_code || ':' || p.stance, ':' || p.stance]) k
                  where p.statement_id = statement
                  order by 1)
$$;

create function statement_words_key(content text) returns uuid language sql immutable parallel safe as $$
    select md5(btrim(regexp_replace(lower(content), '[^[:alnum:]]+', ' ', 'g')))::uuid
$$;

update statement s
   set effective_on = coalesce(s.said_on, a.published_on), words_key = statement_words_key(s.content),
       position_keys = statement_position_keys(s.id)
  from article a
 where a.id = s.article_id;

create function statement_derived_columns() returns trigger language plpgsql as $$
begin
    new.effective_on := coalesce(new.said_on, (select published_on from article where id = new.article_id));
    new.words_key := statement_words_key(new.content);
    return new;
end
$$;
create trigger statement_derived_columns
    before insert or update of said_on, article_id, content on statement
    for each row execute function statement_derived_columns();

create function article_date_to_statements() returns trigger language plpgsql as $$
begin
    update statement set effective_on = coalesce(said_on, new.published_on)
     where article_id = new.id and effective_on is distinct from coalesce(said_on, new.published_on);
    return null;
end
$$;
create trigger article_date_to_statements
    after update of published_on on article
    for each row when (old.published_on is distinct from new.published_on)
    execute function article_date_to_statements();

-- Lists sort by (effective_on, article_id, seq) in either direction, undated last; these serve both directions
-- with and without a speaker. The old (actor_id, said_on) and (said_on) indexes served the coalesce they replace.
drop index statement_actor_said_on;
drop index statement_said_on;
-- kind and position_keys ride along so that those filters are checked in the index, without the table, however
-- many rows a deep page skips.
create index statement_newest on statement (effective_on desc nulls last, article_id desc, seq)
    include (kind, position_keys);
create index statement_oldest on statement (effective_on asc nulls last, article_id, seq)
    include (kind, position_keys);
create index statement_actor_newest on statement (actor_id, effective_on desc nulls last, article_id desc, seq)
    include (kind, position_keys);
create index statement_actor_oldest on statement (actor_id, effective_on asc nulls last, article_id, seq)
    include (kind, position_keys);
create index statement_words_key on statement (words_key);
-- Position histories read an actor's remarks on a topic newest first.
create index position_actor_topic_newest on position (actor_id, topic_code, stated_on desc nulls last, statement_id desc);

create table actor_summary (
    actor_id   bigint primary key references actor (id) on delete cascade,
    statements int not null check (statements >= 0),
    first_on   date,
    last_on    date
);
create index actor_summary_most_statements on actor_summary (statements desc, actor_id);

-- Statements taking a position on each topic, named speaker or not (a statement has at most one per topic).
create table topic_summary (
    topic_code varchar(40) primary key references topic (code) on delete cascade,
    statements int not null check (statements >= 0)
);

create table actor_topic_summary (
    actor_id            bigint      not null references actor (id) on delete cascade,
    topic_code          varchar(40) not null references topic (code) on delete cascade,
    statements          int         not null check (statements >= 0),
    supports            int         not null check (supports >= 0),
    opposes             int         not null check (opposes >= 0),
    conditional         int         not null check (conditional >= 0),
    neutral             int         not null check (neutral >= 0),
    first_on            date,
    last_on             date,
    -- the standing position (StandingPosition), judged by the application; null stance with a quote: mixed
    standing_stance     varchar(12) check (standing_stance in ('SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'NEUTRAL')),
    standing_statements int,
    standing_since      date,
    standing_as_of      date,
    quote_statement_id  bigint,
    tentative           boolean,
    changes             int,
    stale               boolean     not null default true,
    primary key (actor_id, topic_code),
    check (statements = supports + opposes + conditional + neutral)
);
create index actor_topic_summary_topic on actor_topic_summary (topic_code, statements desc, actor_id);
create index actor_topic_summary_stale on actor_topic_summary (actor_id, topic_code) where stale;

create function statement_summaries() returns trigger language plpgsql as $$
begin
    -- removed rows first, then added ones; rows left at zero go, and dates of removed rows are looked up again
    if TG_OP in ('DELETE', 'UPDATE') then
        update actor_summary su set statements = su.statements - d.n
          from (select actor_id, count(*) as n from removed where actor_id is not null group by actor_id) d
         where su.actor_id = d.actor_id;
    end if;
    if TG_OP in ('INSERT', 'UPDATE') then
        insert into actor_summary as su (actor_id, statements, first_on, last_on)
        select actor_id, count(*), min(effective_on), max(effective_on)
          from added where actor_id is not null group by actor_id
        on conflict (actor_id) do update
           set statements = su.statements + excluded.statements,
               first_on = least(su.first_on, excluded.first_on),
               last_on = greatest(su.last_on, excluded.last_on);
    end if;
    if TG_OP in ('DELETE', 'UPDATE') then
        delete from actor_summary su
         where su.actor_id in (select actor_id from removed) and su.statements = 0;
        update actor_summary su
           set first_on = (select min(effective_on) from statement s where s.actor_id = su.actor_id),
               last_on = (select max(effective_on) from statement s where s.actor_id = su.actor_id)
         where su.actor_id in (select actor_id from removed);
    end if;
    return null;
end
$$;
create trigger statement_summaries_insert after insert on statement
    referencing new table as added for each statement execute function statement_summaries();
create trigger statement_summaries_update after update on statement
    referencing old table as removed new table as added for each statement execute function statement_summaries();
create trigger statement_summaries_delete after delete on statement
    referencing old table as removed for each statement execute function statement_summaries();

create function position_summaries() returns trigger language plpgsql as $$
begin
    if TG_OP in ('DELETE', 'UPDATE') then
        update topic_summary su set statements = su.statements - d.n
          from (select topic_code, count(*) as n from removed group by topic_code) d
         where su.topic_code = d.topic_code;
        update actor_topic_summary su
           set statements = su.statements - d.n, supports = su.supports - d.supports,
               opposes = su.opposes - d.opposes, conditional = su.conditional - d.conditional,
               neutral = su.neutral - d.neutral, stale = true
          from (select actor_id, topic_code, count(*) as n,
                       count(*) filter (where stance = 'SUPPORTS') as supports,
                       count(*) filter (where stance = 'OPPOSES') as opposes,
                       count(*) filter (where stance = 'CONDITIONAL') as conditional,
                       count(*) filter (where stance = 'NEUTRAL') as neutral
                  from removed where actor_id is not null group by actor_id, topic_code) d
         where su.actor_id = d.actor_id and su.topic_code = d.topic_code;
    end if;
    if TG_OP in ('INSERT', 'UPDATE') then
        insert into topic_summary as su (topic_code, statements)
        select topic_code, count(*) from added group by topic_code
        on conflict (topic_code) do update set statements = su.statements + excluded.statements;
        insert into actor_topic_summary as su (actor_id, topic_code, statements, supports, opposes, conditional,
                                               neutral, first_on, last_on)
        select actor_id, topic_code, count(*),
               count(*) filter (where stance = 'SUPPORTS'), count(*) filter (where stance = 'OPPOSES'),
               count(*) filter (where stance = 'CONDITIONAL'), count(*) filter (where stance = 'NEUTRAL'),
               min(stated_on), max(stated_on)
          from added where actor_id is not null group by actor_id, topic_code
        on conflict (actor_id, topic_code) do update
           set statements = su.statements + excluded.statements, supports = su.supports + excluded.supports,
               opposes = su.opposes + excluded.opposes, conditional = su.conditional + excluded.conditional,
               neutral = su.neutral + excluded.neutral, first_on = least(su.first_on, excluded.first_on),
               last_on = greatest(su.last_on, excluded.last_on), stale = true;
    end if;
    if TG_OP in ('DELETE', 'UPDATE') then
        delete from actor_topic_summary su
         where (su.actor_id, su.topic_code) in (select actor_id, topic_code from removed) and su.statements = 0;
        update actor_topic_summary su
           set first_on = (select min(stated_on) from position p
                            where p.actor_id = su.actor_id and p.topic_code = su.topic_code),
               last_on = (select max(stated_on) from position p
                           where p.actor_id = su.actor_id and p.topic_code = su.topic_code)
         where (su.actor_id, su.topic_code) in (select actor_id, topic_code from removed);
    end if;
    return null;
end
$$;
-- The statement's position keys follow its positions. Ingestion writes them with the statement already (nothing to
-- update then); corrections of stances change them here.
create function position_keys_to_statement() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        -- only statements whose keys lack a new position's: none when the application inserted both together
        -- (checked first: an update of no rows would still run the statement's own update triggers)
        if exists (select 1 from changed c join statement t on t.id = c.statement_id
                    where not t.position_keys @> array[c.topic_code, c.topic_code || ':' || c.stance,
                                                       ':' || c.stance]::text[]) then
            update statement s set position_keys = statement_position_keys(s.id)
             where s.id in (select c.statement_id from changed c join statement t on t.id = c.statement_id
                             where not t.position_keys @> array[c.topic_code, c.topic_code || ':' || c.stance,
                                                                ':' || c.stance]::text[]);
        end if;
        return null;
    end if;
    update statement s set position_keys = k.keys
      from (select c.statement_id, statement_position_keys(c.statement_id) as keys
              from (select distinct statement_id from changed) c) k
     where s.id = k.statement_id and s.position_keys is distinct from k.keys;
    return null;
end
$$;
create trigger position_keys_insert after insert on position
    referencing new table as changed for each statement execute function position_keys_to_statement();
create trigger position_keys_update after update on position
    referencing new table as changed for each statement execute function position_keys_to_statement();
create trigger position_keys_delete after delete on position
    referencing old table as changed for each statement execute function position_keys_to_statement();

create trigger position_summaries_insert after insert on position
    referencing new table as added for each statement execute function position_summaries();
create trigger position_summaries_update after update on position
    referencing old table as removed new table as added for each statement execute function position_summaries();
create trigger position_summaries_delete after delete on position
    referencing old table as removed for each statement execute function position_summaries();

-- An editor's confirmation or correction changes how much a remark counts: its standing positions are judged again.
create function correction_marks_stale() returns trigger language plpgsql as $$
begin
    update actor_topic_summary su set stale = true
      from position p
     where p.statement_id in (select statement_id from changed where statement_id is not null)
       and su.actor_id = p.actor_id and su.topic_code = p.topic_code;
    return null;
end
$$;
create trigger correction_marks_stale_insert after insert on correction
    referencing new table as changed for each statement execute function correction_marks_stale();
create trigger correction_marks_stale_delete after delete on correction
    referencing old table as changed for each statement execute function correction_marks_stale();
create trigger correction_marks_stale_update after update on correction
    referencing new table as changed for each statement execute function correction_marks_stale();

-- Corpus-wide counts for the front page, one row; and the articles per outlet spelling, for the outlet lists (the
-- application groups spellings that differ only in case).
create table corpus_summary (
    id         boolean primary key default true check (id),
    articles   bigint not null check (articles >= 0),
    undated    bigint not null check (undated >= 0),
    statements bigint not null check (statements >= 0)
);
insert into corpus_summary (articles, undated, statements) values (0, 0, 0);

create table outlet_summary (
    outlet   text primary key,
    articles int not null check (articles >= 0)
);

create function article_summaries() returns trigger language plpgsql as $$
begin
    if TG_OP in ('DELETE', 'UPDATE') then
        update corpus_summary set articles = articles - (select count(*) from removed),
                                  undated = undated - (select count(*) from removed where published_on is null);
        update outlet_summary su set articles = su.articles - d.n
          from (select outlet, count(*) as n from removed where outlet is not null group by outlet) d
         where su.outlet = d.outlet;
    end if;
    if TG_OP in ('INSERT', 'UPDATE') then
        update corpus_summary set articles = articles + (select count(*) from added),
                                  undated = undated + (select count(*) from added where published_on is null);
        insert into outlet_summary as su (outlet, articles)
        select outlet, count(*) from added where outlet is not null group by outlet
        on conflict (outlet) do update set articles = su.articles + excluded.articles;
    end if;
    if TG_OP in ('DELETE', 'UPDATE') then
        delete from outlet_summary where articles = 0;
    end if;
    return null;
end
$$;
create trigger article_summaries_insert after insert on article
    referencing new table as added for each statement execute function article_summaries();
create trigger article_summaries_update after update on article
    referencing old table as removed new table as added for each statement execute function article_summaries();
create trigger article_summaries_delete after delete on article
    referencing old table as removed for each statement execute function article_summaries();

create function statement_total() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        update corpus_summary set statements = statements + (select count(*) from added);
    else
        update corpus_summary set statements = statements - (select count(*) from removed);
    end if;
    return null;
end
$$;
create trigger statement_total_insert after insert on statement
    referencing new table as added for each statement execute function statement_total();
create trigger statement_total_delete after delete on statement
    referencing old table as removed for each statement execute function statement_total();

-- Rebuilds the kept counts from the rows (after a bulk load that bypassed the triggers; the tests compare them).
create function rebuild_summaries() returns void language plpgsql as $$
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
    update corpus_summary set articles = (select count(*) from article),
                              undated = (select count(*) from article where published_on is null),
                              statements = (select count(*) from statement);
    delete from outlet_summary;
    insert into outlet_summary (outlet, articles)
    select outlet, count(*) from article where outlet is not null group by outlet;
end
$$;
select rebuild_summaries();
