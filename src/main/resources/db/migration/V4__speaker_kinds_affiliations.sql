-- Speakers as entities (issue 10): media and group kinds, affiliations of actors with bodies over date ranges, and
-- no orphan actors. Re-extraction by the "rules-2" extractor then brings stored statements to the new resolution.

alter table actor drop constraint actor_kind_check;
alter table actor add constraint actor_kind_check
    check (kind in ('PERSON', 'ORGANISATION', 'COUNTRY', 'MEDIA', 'GROUP'));

-- An actor belongs to a body or country (Peskov -> Kremlin -> Russia) from valid_from to valid_to (null: open).
-- role_id names the stated role the affiliation was read from ("Kremlin spokesman"); null for the actor lexicon's.
-- Role-derived rows go with their role when an article is extracted again.
create table actor_affiliation (
    id         bigserial primary key,
    actor_id   bigint not null references actor (id) on delete cascade,
    body_id    bigint not null references actor (id) on delete cascade,
    valid_from date,
    valid_to   date,
    role_id    bigint references actor_role (id) on delete cascade,
    check (actor_id <> body_id),
    check (valid_from is null or valid_to is null or valid_from <= valid_to),
    unique nulls not distinct (actor_id, body_id, role_id)
);
create index actor_affiliation_body on actor_affiliation (body_id);
create index actor_affiliation_role on actor_affiliation (role_id);


-- Actors nothing points at any more: no statement, role or affiliation.
delete from actor a
 where not exists (select 1 from statement s where s.actor_id = a.id)
   and not exists (select 1 from actor_role r where r.actor_id = a.id);
