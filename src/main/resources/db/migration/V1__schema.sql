-- Claim Tracker schema: articles, the actors who speak in them, their statements, and the positions those
-- statements take on topics; plus the log of ingestion runs. Offsets are UTF-16 code units into article.body,
-- the unit Java strings and browsers use.

create extension if not exists pg_trgm;

create table topic (
    code        varchar(40) primary key check (code ~ '^[A-Z][A-Z_]*$'),
    label       text not null,
    description text not null,
    sort_order  int  not null
);

insert into topic (code, label, description, sort_order) values
    ('CEASEFIRE', 'Ceasefire', 'A halt to the fighting: full, partial (energy, Black Sea) or temporary truces.', 1),
    ('SECURITY_GUARANTEES', 'Security guarantees', 'Commitments that would protect Ukraine after a settlement.', 2),
    ('MINERALS_DEAL', 'Minerals deal', 'The US-Ukraine agreement on mineral resources and the reconstruction investment fund.', 3),
    ('NATO', 'NATO', 'Ukraine''s membership of NATO and the alliance''s role.', 4),
    ('TERRITORY', 'Territory', 'Occupied and annexed land, borders and territorial concessions.', 5),
    ('NEGOTIATIONS', 'Negotiations', 'Peace talks: who talks to whom, where, and on what terms.', 6),
    ('US_SUPPORT', 'US support', 'The United States'' political backing of Ukraine.', 7),
    ('MILITARY_AID', 'Military aid', 'Weapons, intelligence and other military assistance to Ukraine.', 8);

create table article (
    id                bigserial primary key,
    source_name       text        not null check (source_name <> ''),
    title             text,
    outlet            text,
    published_on      date,
    date_source       varchar(20) not null
        check (date_source in ('HEADER', 'HTML_METADATA', 'FILE_NAME', 'NONE')),
    body              text        not null check (body <> ''),
    body_length       int         not null,
    content_hash      varchar(64) not null unique check (content_hash ~ '^[0-9a-f]{64}$'),
    ingested_at       timestamptz not null,
    extractor_version text        not null,
    check ((published_on is null) = (date_source = 'NONE')),
    -- a UTF-16 length is never shorter than the code point count PostgreSQL sees
    check (body_length >= char_length(body))
);
create index article_published_on on article (published_on);
create index article_source_name on article (source_name);
create index article_outlet on article (outlet);

create table actor (
    id         bigserial primary key,
    slug       varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text         not null unique check (name <> ''),
    kind       varchar(20)  not null check (kind in ('PERSON', 'ORGANISATION', 'COUNTRY')),
    created_at timestamptz  not null
);
create index actor_name_trgm on actor using gin (name gin_trgm_ops);

create table actor_alias (
    actor_id bigint not null references actor (id) on delete cascade,
    alias    text   not null check (alias <> ''),
    primary key (actor_id, alias)
);
create index actor_alias_trgm on actor_alias using gin (alias gin_trgm_ops);
create index actor_alias_lower on actor_alias (lower(alias));

-- The roles an article gives an actor, as it states them: roles change and articles err.
create table actor_role (
    id           bigserial primary key,
    actor_id     bigint not null references actor (id) on delete cascade,
    article_id   bigint not null references article (id) on delete cascade,
    role         text   not null check (role <> ''),
    start_offset int    not null,
    end_offset   int    not null,
    stated_on    date,
    unique (actor_id, article_id, role),
    check (0 <= start_offset and start_offset < end_offset)
);
create index actor_role_article on actor_role (article_id);

create table statement (
    id           bigserial primary key,
    article_id   bigint      not null references article (id) on delete cascade,
    actor_id     bigint references actor (id),
    seq          int         not null check (seq >= 0),
    kind         varchar(10) not null check (kind in ('DIRECT', 'INDIRECT', 'MIXED')),
    content      text        not null check (content <> ''),
    start_offset int         not null,
    end_offset   int         not null,
    -- a quotation split by its attribution has several parts: [s1, e1, s2, e2, ...]
    part_offsets int[]       not null,
    mention      text,
    cue          text,
    decided_by   text        not null,
    confidence   real        not null check (confidence between 0 and 1),
    said_on      date,
    content_tsv  tsvector generated always as (to_tsvector('english', content)) stored,
    unique (article_id, seq),
    unique (id, actor_id),
    check (0 <= start_offset and start_offset < end_offset),
    check (cardinality(part_offsets) >= 2 and cardinality(part_offsets) % 2 = 0),
    check (part_offsets[1] = start_offset and part_offsets[cardinality(part_offsets)] = end_offset)
);
create index statement_content_tsv on statement using gin (content_tsv);
create index statement_actor_said_on on statement (actor_id, said_on);
create index statement_said_on on statement (said_on);
create index statement_article on statement (article_id);

-- Offsets must fall inside the article body; a CHECK cannot look at another table, so a trigger does, for every
-- table that points into a body (statement, actor_role).
create function offsets_inside_body() returns trigger language plpgsql as $$
begin
    if new.end_offset > (select body_length from article where id = new.article_id) then
        raise exception '% offsets [%, %) fall outside the body of article %',
            TG_TABLE_NAME, new.start_offset, new.end_offset, new.article_id;
    end if;
    return new;
end
$$;
create trigger statement_offsets_inside_body
    before insert or update of start_offset, end_offset, article_id on statement
    for each row execute function offsets_inside_body();
create trigger actor_role_offsets_inside_body
    before insert or update of start_offset, end_offset, article_id on actor_role
    for each row execute function offsets_inside_body();

-- A statement's stance on a topic. actor_id repeats the statement's speaker (null for an unnamed source) so an
-- actor's position history is one index scan; the composite key keeps the copy in step with the statement.
create table position (
    id           bigserial primary key,
    statement_id bigint      not null,
    actor_id     bigint,
    topic_code   varchar(40) not null references topic (code),
    stance       varchar(12) not null check (stance in ('SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'NEUTRAL')),
    stated_on    date,
    unique (statement_id, topic_code),
    foreign key (statement_id) references statement (id) on delete cascade,
    foreign key (statement_id, actor_id) references statement (id, actor_id) on update cascade on delete cascade
);
create index position_topic_actor on position (topic_code, actor_id, stated_on);
create index position_actor on position (actor_id, topic_code, stated_on);

create table ingestion_run (
    id           bigserial primary key,
    trigger      varchar(20) not null check (trigger in ('STARTUP', 'COMMAND', 'UPLOAD', 'WATCHER')),
    started_at   timestamptz not null,
    finished_at  timestamptz,
    ingested     int not null default 0,
    duplicates   int not null default 0,
    reextracted  int not null default 0,
    rejected     int not null default 0
);

create table ingestion_file (
    id           bigserial primary key,
    run_id       bigint      not null references ingestion_run (id) on delete cascade,
    file_name    text        not null,
    path         text,
    size_bytes   bigint,
    outcome      varchar(12) not null check (outcome in ('INGESTED', 'DUPLICATE', 'REEXTRACTED', 'REJECTED')),
    reason       text,
    article_id   bigint references article (id) on delete set null,
    processed_at timestamptz not null,
    check ((outcome = 'REJECTED') = (reason is not null))
);
create index ingestion_file_run on ingestion_file (run_id);
create index ingestion_file_article on ingestion_file (article_id);
