-- Editorial review: editor accounts, corrections kept as records of their own (re-applied after every
-- re-extraction), the redirects merged speakers leave behind, and an audit log of every write.

create table app_user (
    id                  bigserial primary key,
    username            varchar(60) not null unique check (username ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    password_hash       text        not null check (password_hash <> ''),
    role                varchar(10) not null check (role in ('EDITOR', 'ADMIN')),
    created_at          timestamptz not null,
    password_changed_at timestamptz not null
);

-- One editor's change to what extraction found. The anchor (span and text, in the article whose body has
-- content_hash) is where the statement stood when the editor changed it; statement_id is where the correction is
-- applied now, re-pointed after each re-extraction. A correction that cannot be placed again waits for an editor.
create table correction (
    id               bigserial primary key,
    article_id       bigint      not null references article (id) on delete cascade,
    content_hash     varchar(64) not null,
    statement_id     bigint references statement (id) on delete set null,
    kind             varchar(12) not null
        check (kind in ('SPEAKER', 'KIND', 'SPAN', 'TOPICS', 'SAID_ON', 'CONFIRM', 'REJECT', 'ADD')),
    anchor_start     int         not null,
    anchor_end       int         not null,
    anchor_text      text        not null check (anchor_text <> ''),
    before_value     text,
    after_value      text,
    note             text        not null check (btrim(note) <> ''),
    editor           text        not null,
    created_at       timestamptz not null,
    status           varchar(16) not null default 'APPLIED' check (status in ('APPLIED', 'NEEDS_ATTENTION')),
    attention_reason text,
    check (0 <= anchor_start and anchor_start < anchor_end),
    check ((status = 'NEEDS_ATTENTION') = (attention_reason is not null))
);
create index correction_statement on correction (statement_id);
create index correction_article on correction (article_id, id);
create index correction_needs_attention on correction (id) where status = 'NEEDS_ATTENTION';

-- A merged speaker's old address keeps working.
create table actor_redirect (
    old_slug varchar(120) primary key,
    actor_id bigint not null references actor (id) on delete cascade
);

create table audit_event (
    id       bigserial primary key,
    at       timestamptz not null,
    username text        not null,
    action   varchar(40) not null,
    target   text,
    detail   text
);
create index audit_event_newest on audit_event (at desc, id desc);
create index audit_event_action on audit_event (action, at desc);
