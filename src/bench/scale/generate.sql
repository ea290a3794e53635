-- A synthetic news corpus at scale, written straight into the base tables in one transaction:
--   psql -v articles=51050 -v actors=3120 -v seed=13 -v extractor=rules-3 -f generate.sql
-- Set-based (generate_series) and reproducible: every random choice is a hash of a row number and the seed
-- (hashint8extended), so the same settings give the same rows whatever plan PostgreSQL picks.
-- Only base tables are written (article, actor, actor_alias, actor_affiliation, statement, position); derived
-- columns and summary tables are left to the schema's triggers and the application's "summaries rebuild".
-- All text is ASCII, so a body's UTF-16 length (body_length, the offsets) equals its character count.
\set ON_ERROR_STOP on

begin;
set local work_mem = '256MB';
set local maintenance_work_mem = '512MB';
-- GIN entries (statement.content_tsv) go to the pending list and are merged in bulk by the VACUUM that follows.
set local gin_pending_list_limit = '512MB';
set local jit = off;
set local synchronous_commit = off;

-- u(x, salt): a uniform number in [0, 1) drawn from row number x; the seed is baked in.
select format($f$create function pg_temp.u(x bigint, salt int) returns float8 language sql immutable as
    'select ((hashint8extended(x, %s::bigint * 1000 + salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0'$f$,
    :seed) \gexec

-- pick(choices, x): the element a uniform x in [0, 1) lands on.
create function pg_temp.pick(choices text[], x float8) returns text language sql immutable as
    'select choices[1 + floor(cardinality(choices) * x)::int]';

create temp table param on commit drop as
select :articles::int as articles, :actors::int as actors, :'extractor'::text as extractor,
       date '2020-01-01' as first_day, date '2026-11-28' as last_day,
       (select coalesce(max(id), 0) from article) as article_base,
       (select coalesce(max(id), 0) from actor) as actor_base,
       (select coalesce(max(id), 0) from statement) as statement_base,
       (select coalesce(max(id), 0) from position) as position_base;

-- Thirty outlets, a few of them much busier than the rest. Invented names on the reserved .example domain.
create temp table outlet on commit drop as
select (row_number() over () - 1)::int as idx, name, domain, city
  from (values ('Kyiv Ledger', 'kyivledger.example', 'KYIV'), ('Baltic Wire', 'balticwire.example', 'VILNIUS'),
               ('Atlantic Dispatch', 'atlanticdispatch.example', 'WASHINGTON'),
               ('Continental Courier', 'continentalcourier.example', 'BRUSSELS'),
               ('Eastern Observer', 'easternobserver.example', 'KYIV'), ('Danube Post', 'danubepost.example', 'VIENNA'),
               ('Meridian News', 'meridiannews.example', 'LONDON'), ('Steppe Review', 'stepperreview.example', 'KHARKIV'),
               ('Harbour Times', 'harbourtimes.example', 'ODESA'), ('Capital Record', 'capitalrecord.example', 'WASHINGTON'),
               ('Northern Herald', 'northernherald.example', 'HELSINKI'), ('Vistula Daily', 'vistuladaily.example', 'WARSAW'),
               ('Rhine Gazette', 'rhinegazette.example', 'BERLIN'), ('Seine Chronicle', 'seinechronicle.example', 'PARIS'),
               ('Alpine Report', 'alpinereport.example', 'GENEVA'), ('Bosphorus Bulletin', 'bosphorusbulletin.example', 'ISTANBUL'),
               ('Frontline Monitor', 'frontlinemonitor.example', 'DNIPRO'), ('Policy Brief Weekly', 'policybrief.example', 'LONDON'),
               ('World Desk', 'worlddesk.example', 'NEW YORK'), ('Evening Standardbearer', 'standardbearer.example', 'LONDON'),
               ('Morning Signal', 'morningsignal.example', 'KYIV'), ('Global Affairs Daily', 'globalaffairs.example', 'NEW YORK'),
               ('Carpathian Voice', 'carpathianvoice.example', 'LVIV'), ('Black Sea Journal', 'blacksea.example', 'ODESA'),
               ('Nordic Telegraph', 'nordictelegraph.example', 'STOCKHOLM'), ('Iberian Press', 'iberianpress.example', 'MADRID'),
               ('Lagoon Times', 'lagoontimes.example', 'ROME'), ('Prairie Tribune', 'prairietribune.example', 'OTTAWA'),
               ('Pacific Standard Wire', 'pacificwire.example', 'TOKYO'), ('Sentinel Online', 'sentinelonline.example', 'WARSAW'))
       as o(name, domain, city);

-- Speakers in rank order: the busiest are named by hand (invented people, real bodies and countries); the rest are
-- first name x surname combinations. A Zipf law (exponent 1.1) over ranks gives the statement skew.
create temp table top_actor on commit drop as
select (row_number() over ())::int as rank, name, kind, alias
  from (values ('Daniel Harlan', 'PERSON', 'President Harlan'), ('Oleksandr Marchuk', 'PERSON', 'Marchuk'),
               ('Viktor Sorokin', 'PERSON', 'Sorokin'), ('Dmitri Belov', 'PERSON', 'Belov'),
               ('Kateryna Lysenko', 'PERSON', 'Lysenko'), ('Margaret Ellison', 'PERSON', 'Ellison'),
               ('Andriy Savchuk', 'PERSON', 'Savchuk'), ('Sergei Volkov', 'PERSON', 'Volkov'),
               ('Emmanuel Roussel', 'PERSON', 'Roussel'), ('Klaus Brenner', 'PERSON', 'Brenner'),
               ('Kremlin', 'ORGANISATION', null), ('Ukraine', 'COUNTRY', 'Kyiv'), ('Russia', 'COUNTRY', 'Moscow'),
               ('Ingrid Halvorsen', 'PERSON', 'Halvorsen'), ('Thomas Whitcombe', 'PERSON', 'Whitcombe'),
               ('Mikhail Orlov', 'PERSON', 'Orlov'), ('Olena Hrytsenko', 'PERSON', 'Hrytsenko'),
               ('White House', 'ORGANISATION', null), ('European Commission', 'ORGANISATION', 'Brussels'),
               ('Yuriy Danylenko', 'PERSON', 'Danylenko'), ('Pavel Zaitsev', 'PERSON', 'Zaitsev'),
               ('Helen Carraway', 'PERSON', 'Carraway'), ('Jan Novotny', 'PERSON', 'Novotny'),
               ('Marco Bellini', 'PERSON', 'Bellini'), ('United States', 'COUNTRY', 'Washington'),
               ('Presidential Office of Ukraine', 'ORGANISATION', 'Bankova'), ('Recep Aydin', 'PERSON', 'Aydin'),
               ('Lars Eklund', 'PERSON', 'Eklund'), ('Nadia Petrenko', 'PERSON', 'Petrenko'),
               ('Eastern Volunteer Corps', 'GROUP', null), ('Radio Dnipro Wave', 'MEDIA', null),
               ('Grigory Antonov', 'PERSON', 'Antonov'), ('Ruth Ashby', 'PERSON', 'Ashby'),
               ('Bohdan Kravets', 'PERSON', 'Kravets'), ('Alexei Markov', 'PERSON', 'Markov'),
               ('Sophie Laurent', 'PERSON', 'Laurent'), ('Piotr Zielinski', 'PERSON', 'Zielinski'),
               ('Hans Vogel', 'PERSON', 'Vogel'), ('Ayesha Karimova', 'PERSON', 'Karimova'),
               ('Ivan Shevel', 'PERSON', 'Shevel')) as t(name, kind, alias);

create temp table ranked_actor on commit drop as
with first_name(f, fi) as (
    select f, ordinality from unnest(array['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Greta', 'Hugo',
        'Irina', 'Jonas', 'Karin', 'Leon', 'Maria', 'Nikolai', 'Olga', 'Pablo', 'Quentin', 'Rosa', 'Stefan', 'Tamara',
        'Umar', 'Vera', 'Walter', 'Xenia', 'Yusuf', 'Zofia', 'Adam', 'Bianca', 'Cyril', 'Daria', 'Emil', 'Fiona',
        'Gustav', 'Hanna', 'Igor', 'Julia', 'Kamil', 'Lidia', 'Matteo', 'Nina', 'Oskar', 'Paula', 'Roman', 'Sara',
        'Taras', 'Ulla', 'Vasyl', 'Wanda', 'Yana', 'Zoran', 'Alina', 'Bruno', 'Celine', 'Denys', 'Eva', 'Filip',
        'Gabriel', 'Halyna', 'Ilya', 'Jana']) with ordinality as x(f, ordinality)),
last_name(l, li) as (
    select l, ordinality from unnest(array['Abramov', 'Bauer', 'Costa', 'Dimitrov', 'Eriksen', 'Fischer', 'Garcia',
        'Horvat', 'Ivanenko', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nowak', 'Oliveira', 'Pavlenko', 'Quinn',
        'Rossi', 'Schmidt', 'Tkachenko', 'Ulrich', 'Varga', 'Weber', 'Yilmaz', 'Zhukov', 'Andersen', 'Bondar',
        'Carter', 'Dubois', 'Esposito', 'Frolov', 'Gross', 'Hansen', 'Ionescu', 'Jovanovic', 'Kuznetsov', 'Lebedev',
        'Melnyk', 'Novak', 'Olsen', 'Popescu', 'Romanenko', 'Sokolov', 'Tanaka', 'Usenko', 'Vasquez', 'Wojcik',
        'Yakovenko', 'Zimmermann', 'Adler', 'Boyko', 'Conti', 'Dahl', 'Engel', 'Fontaine', 'Griffin', 'Holm',
        'Ibrahim', 'Jensen', 'Klein']) with ordinality as x(l, ordinality)),
generated as (
    select f || ' ' || l as name, 'PERSON' as kind, case when pg_temp.u(fi * 100 + li, 1) < 0.1 then l end as alias,
           pg_temp.u(fi * 100 + li, 2) as draw
      from first_name, last_name
     where f || ' ' || l not in (select name from top_actor))
select rank, name, kind, alias from top_actor where rank <= (select actors from param)
union all
select (select count(*) from top_actor)::int + row_number() over (order by draw)::int, name, kind, alias
  from generated
 order by 1
 limit (select actors from param);

-- Roles as articles state them: the busiest people's offices, and a generic one for a third of the rest.
create temp table actor_role_text on commit drop as
select r.rank, coalesce(m.role, case when r.kind = 'PERSON' and pg_temp.u(r.rank, 3) < 0.35 then
           pg_temp.pick(array['member of parliament', 'military analyst', 'former diplomat', 'regional governor',
                              'deputy minister', 'senior adviser', 'party leader', 'political scientist'],
                        pg_temp.u(r.rank, 4)) end) as role
  from ranked_actor r
  left join (values ('Daniel Harlan', 'US president'), ('Oleksandr Marchuk', 'Ukrainian president'),
                    ('Viktor Sorokin', 'Russian president'), ('Dmitri Belov', 'Kremlin spokesman'),
                    ('Kateryna Lysenko', 'Ukrainian foreign minister'), ('Margaret Ellison', 'US secretary of state'),
                    ('Andriy Savchuk', 'head of the presidential office'), ('Sergei Volkov', 'Russian foreign minister'),
                    ('Emmanuel Roussel', 'French president'), ('Klaus Brenner', 'German chancellor'),
                    ('Ingrid Halvorsen', 'NATO secretary general'), ('Thomas Whitcombe', 'US special envoy'),
                    ('Mikhail Orlov', 'Russian defence minister'), ('Olena Hrytsenko', 'Ukrainian prime minister'),
                    ('Yuriy Danylenko', 'Ukrainian defence minister'), ('Pavel Zaitsev', 'Kremlin aide'),
                    ('Helen Carraway', 'US national security adviser'), ('Jan Novotny', 'Czech prime minister'),
                    ('Marco Bellini', 'Italian foreign minister'), ('Recep Aydin', 'Turkish foreign minister'),
                    ('Lars Eklund', 'Swedish prime minister'), ('Nadia Petrenko', 'Ukrainian energy minister'))
             as m(name, role) on m.name = r.name;
delete from actor_role_text where role is null;

insert into actor (id, slug, name, kind, created_at)
select (select actor_base from param) + rank, lower(replace(name, ' ', '-')), name, kind,
       timestamptz '2020-01-01 00:00:00+00'
  from ranked_actor;

insert into actor_alias (actor_id, alias)
select (select actor_base from param) + rank, alias from ranked_actor where alias is not null;

-- People belong to bodies, bodies to countries, so "speaker=kremlin&affiliates=true" has something to find.
insert into actor_affiliation (actor_id, body_id)
select p.id, b.id
  from (values ('Viktor Sorokin', 'Kremlin'), ('Dmitri Belov', 'Kremlin'), ('Sergei Volkov', 'Kremlin'),
               ('Mikhail Orlov', 'Kremlin'), ('Pavel Zaitsev', 'Kremlin'), ('Grigory Antonov', 'Kremlin'),
               ('Alexei Markov', 'Kremlin'), ('Kremlin', 'Russia'),
               ('Daniel Harlan', 'White House'), ('Margaret Ellison', 'White House'),
               ('Thomas Whitcombe', 'White House'), ('Helen Carraway', 'White House'), ('Ruth Ashby', 'White House'),
               ('White House', 'United States'),
               ('Oleksandr Marchuk', 'Presidential Office of Ukraine'),
               ('Kateryna Lysenko', 'Presidential Office of Ukraine'),
               ('Andriy Savchuk', 'Presidential Office of Ukraine'),
               ('Olena Hrytsenko', 'Presidential Office of Ukraine'),
               ('Yuriy Danylenko', 'Presidential Office of Ukraine'),
               ('Nadia Petrenko', 'Presidential Office of Ukraine'),
               ('Bohdan Kravets', 'Presidential Office of Ukraine'),
               ('Ivan Shevel', 'Presidential Office of Ukraine'),
               ('Presidential Office of Ukraine', 'Ukraine')) as m(person, body)
  join actor p on p.name = m.person
  join actor b on b.name = m.body;

-- Zipf slots: rank r owns a share of 200,000 slots proportional to 1/r^1.1 (at least one).
create temp table zipf on commit drop as
select rank, (select actor_base from param) + rank as actor_id,
       greatest(1, round(200000 * w / sum(w) over ()))::int as slots
  from (select rank, 1.0 / power(rank, 1.1) as w from ranked_actor) r;
create temp table slot on commit drop as
select (row_number() over (order by rank, g) - 1)::int as slot, actor_id
  from zipf, generate_series(1, slots) g;
create unique index on slot (slot);
analyze slot;

-- Articles: dates over 2020-2026, busier in later years; 1 to 39 statements (20 on average); a cast of 1 to 4
-- speakers drawn by the Zipf law, who say all of the article's named statements.
create temp table art on commit drop as
select n, outlet_idx, published_on, nst, cast_size, sum(nst) over (order by n) - nst as first_no
  from (select n, floor(30 * power(pg_temp.u(n, 2), 1.6))::int as outlet_idx,
               (select first_day from param)
                   + floor(((select last_day - first_day from param) + 1) * power(pg_temp.u(n, 3), 0.75))::int
                   as published_on,
               1 + floor(39 * pg_temp.u(n, 4))::int as nst,
               1 + floor(4 * pg_temp.u(n, 5))::int as cast_size
          from generate_series(1, (select articles from param)) n) a;

create temp table topic_pick on commit drop as
select (row_number() over (order by sort_order, code) - 1)::int as idx, code, label,
       case code
           when 'CEASEFIRE' then array['a ceasefire along the current line', 'a full ceasefire', 'a temporary truce',
                                       'an energy ceasefire', 'a ceasefire in the Black Sea']
           when 'SECURITY_GUARANTEES' then array['security guarantees for Ukraine', 'binding security guarantees',
                                                 'the proposed security guarantees']
           when 'MINERALS_DEAL' then array['the minerals deal', 'the agreement on mineral resources',
                                           'the reconstruction investment fund']
           when 'NATO' then array['NATO membership for Ukraine', 'the NATO accession path', 'a wider role for NATO']
           when 'TERRITORY' then array['territorial concessions', 'the return of occupied territory',
                                       'a new line on the map']
           when 'NEGOTIATIONS' then array['direct negotiations', 'the next round of peace talks',
                                          'talks between the two delegations']
           when 'US_SUPPORT' then array['continued American backing', 'US political support for Kyiv',
                                        'support from Washington']
           when 'MILITARY_AID' then array['new military aid', 'more air defence systems',
                                          'the next package of weapons']
           else array[lower(label)]
       end as phrases
  from topic;

-- One row per statement. Echoes (15% of named statements) repeat words their speaker said in the same year, so
-- the same remark appears in several articles and outlets; a remark's words, topics and stances all follow from
-- its key, so every copy agrees.
create temp table st on commit drop as
with base as (
    select a.n as art, g.seq, a.first_no + g.seq + 1 as no, a.published_on,
           floor(pg_temp.u(a.n * 8 + floor(pg_temp.u(a.first_no + g.seq + 1, 7) * a.cast_size)::bigint, 8)
                 * (select count(*) from slot))::int as slot_pick
      from art a, generate_series(0, a.nst - 1) g(seq)),
total as (select max(no) as statements from base),
forced as (
    -- every actor says something: statement number k * step belongs to rank k
    select b.*, case when b.no % greatest(1, t.statements / (select count(*) from zipf)) = 0
                      and b.no / greatest(1, t.statements / (select count(*) from zipf)) <= (select count(*) from zipf)
                     then (select actor_base from param) + b.no / greatest(1, t.statements / (select count(*) from zipf))
                end as forced_actor,
           t.statements
      from base b, total t),
speaker as (
    select f.art, f.seq, f.no, f.published_on,
           case when f.forced_actor is not null then f.forced_actor
                when pg_temp.u(f.no, 9) < 0.03 then null
                else s.actor_id end as actor_id,
           f.statements
      from forced f join slot s on s.slot = f.slot_pick),
keyed as (
    select sp.*, (sp.published_on - (select first_day from param)) / 365 as period,
           case when sp.actor_id is not null and pg_temp.u(sp.no, 10) < 0.15
                then -(sp.actor_id * 100000 + ((sp.published_on - (select first_day from param)) / 365) * 10000
                       + floor(pg_temp.u(sp.no, 11)
                               * greatest(1, round(0.15 * z.slots::float8 / (select count(*) from slot)
                                                   * sp.statements / 7 / 3)))::bigint)
                else sp.no end as key
      from speaker sp left join zipf z on z.actor_id = sp.actor_id),
topics as (
    select k.*, (select count(*) from topic_pick)::int as ntopics,
           case when pg_temp.u(k.key, 12) < 0.33 then 0 when pg_temp.u(k.key, 12) < 0.78 then 1
                when pg_temp.u(k.key, 12) < 0.96 then 2 else 3 end as npos,
           floor((select count(*) from topic_pick) * power(pg_temp.u(k.key, 13), 1.4))::int as t1
      from keyed k),
topics2 as (
    select t.*, (t.t1 + 1 + floor((t.ntopics - 1) * pg_temp.u(t.key, 14))::int) % t.ntopics as t2
      from topics t)
select t.art, t.seq, t.no, t.published_on, t.actor_id, t.key, t.period, least(t.npos, t.ntopics) as npos,
       t.t1, t.t2, case when (t.t2 + 1) % t.ntopics <> t.t1 then (t.t2 + 1) % t.ntopics
                        else (t.t2 + 2) % t.ntopics end as t3,
       case when pg_temp.u(t.no, 30) < 0.01 then t.published_on - 1 - floor(4 * pg_temp.u(t.no, 31))::int end
           as said_on,
       case when pg_temp.u(t.no, 32) < 0.55 then 'DIRECT' when pg_temp.u(t.no, 32) < 0.9 then 'INDIRECT'
            else 'MIXED' end as kind
  from topics2 t;

-- Stances: a speaker leans one way on a topic for a year (40% supports, 30% opposes, 20% conditional, 10% neutral);
-- one remark in five goes its own way. j is the position's place (0, 1, 2) among the statement's topics.
create function pg_temp.stance(actor_id bigint, topic int, period int, key bigint, j int) returns text
language sql immutable as $$
    select (array['SUPPORTS', 'SUPPORTS', 'SUPPORTS', 'SUPPORTS', 'OPPOSES', 'OPPOSES', 'OPPOSES', 'CONDITIONAL',
                  'CONDITIONAL', 'NEUTRAL'])[1 + floor(10 * case when pg_temp.u(key, 17 + j) < 0.8
                      then pg_temp.u(coalesce(actor_id, 0) * 1000 + topic * 10 + period, 16)
                      else pg_temp.u(key, 20 + j) end)::int]
$$;

-- The words: subject, a verb phrase that carries the first topic's stance, the topic, then qualifiers. About
-- 10 million combinations per topic and stance, so distinct keys rarely share words by chance.
create temp table said on commit drop as
select s.*, case when s.npos > 0 then pg_temp.stance(s.actor_id, s.t1, s.period, s.key, 0) end as stance1,
       case when s.npos > 1 then pg_temp.stance(s.actor_id, s.t2, s.period, s.key, 1) end as stance2,
       case when s.npos > 2 then pg_temp.stance(s.actor_id, s.t3, s.period, s.key, 2) end as stance3
  from st s;

create temp table worded on commit drop as
select s.*, w.content,
       case when s.actor_id is null then 'a senior official' else a.name end as mention
  from said s
  left join actor a on a.id = s.actor_id
  cross join lateral (
      select pg_temp.pick(array['We', 'Our government', 'The president', 'Our country', 'This administration', 'The delegation',
                    'Our partners and we', 'The ministry', 'Our side', 'The leadership', 'Our allies', 'My team'], pg_temp.u(s.key, 40))
             || ' ' ||
             case coalesce(s.stance1, 'GENERAL')
                 when 'SUPPORTS' then pg_temp.pick(array['will fully support', 'would welcome', 'will stand behind',
                     'must push for', 'will argue for', 'can only welcome'], pg_temp.u(s.key, 41))
                 when 'OPPOSES' then pg_temp.pick(array['will never accept', 'cannot agree to', 'will reject', 'must refuse',
                     'will not sign up to', 'cannot support'], pg_temp.u(s.key, 41))
                 when 'CONDITIONAL' then pg_temp.pick(array['could accept', 'might agree to', 'would consider', 'could support',
                     'may back', 'would sign'], pg_temp.u(s.key, 41))
                 else pg_temp.pick(array['will discuss', 'will study', 'will look closely at', 'must still examine',
                     'will hear more about', 'will return to'], pg_temp.u(s.key, 41))
             end
             || ' ' ||
             case when s.npos > 0 then (select p.phrases[1 + floor(cardinality(p.phrases) * pg_temp.u(s.key, 42))::int]
                                          from topic_pick p where p.idx = s.t1)
                  else pg_temp.pick(array['the situation on the front', 'the repairs to the power grid',
                              'the humanitarian corridors', 'the exchange of prisoners', 'the winter energy plan',
                              'the reconstruction of the port'], pg_temp.u(s.key, 42))
             end
             || ' ' ||
             pg_temp.pick(array['this week', 'at this stage', 'without hesitation', 'in the current circumstances',
                    'as things stand', 'for the sake of our people', 'after long consultations', 'in good faith',
                    'with our European partners', 'once again', 'in the coming days', 'from the start',
                    'under these terms', 'in principle', 'at the summit', 'in the next round', 'on behalf of the nation',
                    'after the latest strikes', 'despite the pressure', 'without delay', 'as promised',
                    'in full transparency', 'for the first time', 'step by step', 'in any form', 'on paper',
                    'in public and in private', 'today', 'this winter', 'this spring', 'before the vote',
                    'after the phone call', 'at the table', 'with open eyes', 'in the long run', 'right now',
                    'at any price', 'for now', 'with conviction', 'to the end'], pg_temp.u(s.key, 43))
             || ' ' ||
             case when s.stance1 = 'CONDITIONAL' then
                 pg_temp.pick(array['only if the shelling stops first', 'provided that our borders are respected',
                        'but only with firm guarantees', 'if the other side withdraws its troops',
                        'on condition that sanctions stay in place', 'only after a full exchange of prisoners',
                        'if parliament approves it', 'as long as our allies are at the table'], pg_temp.u(s.key, 44))
             else
                 pg_temp.pick(array['before the end of the year', 'and we have said so to our partners',
                        'whatever the other side says', 'because lives depend on it', 'and that will not change',
                        'as the president made clear', 'in line with international law', 'and the people expect it',
                        'even if it takes months', 'no matter the cost', 'for the sake of a just peace',
                        'and our allies agree', 'as we told the envoys', 'despite what some claim',
                        'and the details will follow', 'because there is no other way', 'and history will judge',
                        'as the situation on the ground shows', 'and we will keep our word',
                        'while the attacks continue', 'after what happened last night', 'and nobody should doubt it',
                        'as agreed in the last meeting', 'and the timetable is clear', 'and we are ready',
                        'in the interest of security', 'and that is our final word', 'as long as it takes',
                        'and the markets know it', 'whatever the headlines say', 'and we expect the same in return',
                        'because the front line demands it', 'as our soldiers deserve', 'and we want results',
                        'without any illusions', 'and that is not negotiable', 'according to our plan',
                        'for our children', 'in every capital', 'as a matter of principle'], pg_temp.u(s.key, 44))
             end
             || pg_temp.pick(array['', '', '', '', '', '', '', '', ', and everyone here knows it', ', I want to be very clear',
                       ', we will see', ', that is the truth', ', let me be frank', ', believe me',
                       ', as I said before', ', make no mistake', ', and I repeat it', ', full stop',
                       ', in my view', ', I am convinced', ', we are sure', ', say it plainly',
                       ', no question', ', frankly', ', to be honest', ', once and for all', ', so be it',
                       ', that much is clear'], pg_temp.u(s.key, 45))
             as content) w;

-- Each article opens with its headline and a dateline (unique, so every body and its hash is) that names the
-- main speaker's role when there is one, then one paragraph per statement.
create temp table art_text on commit drop as
select d.*, case when d.role is not null
                 then d.dateline || ' ' || d.speaker || ', ' || d.role || ', spoke on the record.' else d.dateline end
            as lead,
       char_length(d.dateline || ' ' || d.speaker || ', ') as role_start
  from (
select a.n, a.published_on, o.name as outlet, o.domain, h.title, ac.id as speaker_id, ac.name as speaker, rt.role,
       h.title || E'\n\n' || o.city || ', ' || to_char(a.published_on, 'FMMonth FMDD, YYYY') || ' (' || o.name
           || ') - Filed under reference BX-' || a.n || '.' as dateline
  from art a
  join outlet o on o.idx = a.outlet_idx
  join slot s on s.slot = floor(pg_temp.u(a.n * 8, 8) * (select count(*) from slot))::int
  join actor ac on ac.id = s.actor_id
  cross join lateral (
      select ac.name || ' ' || pg_temp.pick(array['warns on', 'signals shift on', 'rejects terms on', 'backs new push on',
                 'questions plan for', 'weighs options on', 'sets conditions on', 'speaks out on'], pg_temp.u(a.n, 50))
             || ' ' || lower((select label from topic_pick where idx = floor((select count(*) from topic_pick)
                                  * pg_temp.u(a.n, 51))::int))
             || pg_temp.pick(array['', '', ' as talks resume', ' ahead of summit', ' after overnight strikes',
                       ' amid pressure from allies'], pg_temp.u(a.n, 52)) as title) h
  left join actor_role_text rt on rt.rank = ac.id - (select actor_base from param)) d;

-- Paragraphs around the words, by kind; offsets add up the lengths of the paragraphs before.
create temp table placed on commit drop as
select p.*,
       char_length(p.lead) + coalesce(sum(2 + char_length(p.prefix) + char_length(p.spoken) + char_length(p.suffix))
           over (partition by p.art order by p.seq rows between unbounded preceding and 1 preceding), 0)
           + 2 + char_length(p.prefix) as start_offset
  from (select w.*, t.lead,
               case when w.kind = 'DIRECT' then '"' when w.kind = 'INDIRECT' then w.mention || ' said that '
                    else w.mention || ' said that "' end as prefix,
               case when w.kind = 'DIRECT' then '," ' || w.mention || ' said.' when w.kind = 'INDIRECT' then '.'
                    else '".' end as suffix,
               case when w.kind = 'DIRECT' then w.content else lower(left(w.content, 1)) || substr(w.content, 2) end
                   as spoken
          from worded w join art_text t on t.n = w.art) p;

insert into article (id, source_name, title, outlet, published_on, date_source, body, body_length, content_hash,
                     ingested_at, extractor_version, author, url, headline)
select (select article_base from param) + t.n,
       'bench-' || replace(lower(t.outlet), ' ', '-') || '-' || t.published_on || '-' || t.n || '.html',
       t.title, t.outlet, t.published_on,
       case when pg_temp.u(t.n, 60) < 0.85 then 'HEADER' else 'HTML_METADATA' end,
       b.body, char_length(b.body), encode(sha256(convert_to(b.body, 'UTF8')), 'hex'),
       t.published_on + time '07:00' + make_interval(mins => floor(600 * pg_temp.u(t.n, 61))::int),
       (select extractor from param),
       case when pg_temp.u(t.n, 62) < 0.9 then
           pg_temp.pick(array['Anna Keller', 'Mark Doyle', 'Iryna Savenko', 'Paul Mercer', 'Lena Hartmann', 'Tom Reyes',
                  'Olha Koval', 'James Whitley', 'Sofia Marin', 'Nils Berg', 'Claire Dumont', 'Ahmed Selim',
                  'Katya Moroz', 'Ben Archer', 'Eva Lindgren', 'Luca Ferri', 'Maya Cohen', 'Oleg Popov',
                  'Rita Santos', 'Hugh Bennett'], pg_temp.u(t.n, 63)) end,
       'https://www.' || t.domain || '/' || to_char(t.published_on, 'YYYY/MM/DD') || '/story-' || t.n,
       t.title
  from art_text t
  join (select art, string_agg(E'\n\n' || prefix || spoken || suffix, '' order by seq) as paragraphs
          from placed group by art) p on p.art = t.n
  cross join lateral (select t.lead || p.paragraphs as body) b;

-- The role the dateline states for the article's main speaker, where the body says it.
insert into actor_role (actor_id, article_id, role, start_offset, end_offset, stated_on)
select t.speaker_id, (select article_base from param) + t.n, t.role, t.role_start,
       t.role_start + char_length(t.role), t.published_on
  from art_text t
 where t.role is not null;

insert into statement (id, article_id, actor_id, seq, kind, content, start_offset, end_offset, part_offsets, mention,
                       cue, decided_by, confidence, said_on)
select (select statement_base from param) + p.no, (select article_base from param) + p.art, p.actor_id, p.seq,
       p.kind, p.spoken, p.start_offset, p.start_offset + char_length(p.spoken),
       array[p.start_offset, p.start_offset + char_length(p.spoken)], p.mention, 'said',
       case when p.actor_id is null then 'unnamed-source' when p.kind = 'DIRECT' then 'name'
            else pg_temp.pick(array['name', 'title-in-article', 'pronoun', 'previous-speaker'], pg_temp.u(p.no, 70)) end,
       (0.7 + floor(5 * pg_temp.u(p.no, 71)) * 0.05)::real, p.said_on
  from placed p
 order by p.no;

insert into position (id, statement_id, actor_id, topic_code, stance, stated_on, confidence, decided_by, cue)
select (select position_base from param) + row_number() over (order by x.no, x.j),
       (select statement_base from param) + x.no, x.actor_id, tp.code, x.stance,
       coalesce(x.said_on, x.published_on),
       (0.6 + floor(8 * pg_temp.u(x.no * 4 + x.j, 80)) * 0.05)::real,
       case x.stance when 'CONDITIONAL' then 'condition-clause' when 'NEUTRAL' then 'no-cue'
            else pg_temp.pick(array['cue', 'negated-cue', 'composed-cues'], pg_temp.u(x.no * 4 + x.j, 81))
       end,
       case when x.stance = 'NEUTRAL' then null else 'said' end
  from (select s.no, s.actor_id, s.said_on, s.published_on, j.j, j.topic, j.stance
          from said s
          cross join lateral (values (0, s.t1, s.stance1), (1, s.t2, s.stance2), (2, s.t3, s.stance3))
              as j(j, topic, stance)
         where j.j < s.npos) x
  join topic_pick tp on tp.idx = x.topic;

\o /dev/null
select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
select setval(pg_get_serial_sequence('actor', 'id'), (select max(id) from actor));
select setval(pg_get_serial_sequence('statement', 'id'), (select max(id) from statement));
select setval(pg_get_serial_sequence('position', 'id'), greatest(1, (select max(id) from position)));
analyze actor_role;

\o
commit;
