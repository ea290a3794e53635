#!/usr/bin/env python3
"""Writes N distinct synthetic news articles in Claim Tracker's plain-text format (see PlainTextArticleReader).

usage: ingest-articles.py COUNT FOLDER [SEED]

Every name, outlet and quotation is invented. Each article has a header (date, title, outlet, author, url) and a few
paragraphs of background with three to six statements the extractor finds: direct quotations with an attribution
before or after them, reported speech ("X said that ...", "X warned that ...") and "according to" reports, about the
topics the lexicon knows (ceasefire, talks, aid, NATO ...). Speakers follow a Zipf-like skew, so a few appear in
most articles and many only once or twice; some are known to the actor lexicon, most are not. The same seed writes
the same articles, so two runs of the benchmark ingest the same set.
"""
import random
import sys
from datetime import date, timedelta
from pathlib import Path

FIRST = ("Anna Boris Carla Dmytro Elena Fedir Galina Hanna Ivan Jana Kostiantyn Larysa Mykola Nadia Oleh Petra Roman "
         "Sofia Taras Ulyana Viktor Yulia Zoran Agnes Bohdan Cyril Daria Emil Filip Greta Ihor Klara Lev Marta Nestor "
         "Olga Pavlo Rada Stepan Tamara Vadym Wanda Yaroslav Zlata Artem Bela Dina Edvard Fiona Gleb").split()
LAST = ("Kovalenko Marchuk Steiner Lindqvist Dubrova Halloran Petrenko Vasquez Okafor Brandt Moravec Sokolova Tkachuk "
        "Ferreira Novak Hartmann Zielinski Kravets Oyelaran Castellan Mirov Bondar Aaltonen Drozdov Whitcombe Lazar "
        "Fontaine Horvath Savchenko Grimaldi Ekwueme Janssen Polak Rudenko Valtonen Shevchuk Albright Corwin Demir "
        "Esposito Falk Gorski Holm Ivanenko Juric Kessler Lozano Melnyk Nordahl Orlov Pajari Quint Rosen Sato "
        "Tereshko Ulrich Varga Wojcik Yildiz Zaytsev Abbott Berezin Cordova Dalgaard Eriksen Fomenko").split()
ROLES = ["Ukraine's foreign minister", "a senior Ukrainian official", "the Russian deputy foreign minister",
         "a Kremlin adviser", "the German defence minister", "a NATO spokeswoman", "the Polish prime minister",
         "a US State Department spokesman", "the EU foreign policy chief", "a French presidential adviser",
         "the British defence secretary", "an adviser to the Ukrainian president", "the Finnish president",
         "a member of the US Senate foreign relations committee", "the Turkish foreign minister",
         "the head of Ukraine's military intelligence", "a Russian lawmaker", "the Estonian prime minister"]
KNOWN = ["Volodymyr Zelenskyy", "Vladimir Putin", "Donald Trump", "Dmitry Peskov", "Sergei Lavrov"]
OUTLETS = ["Northern Ledger", "Daily Meridian", "Continental Wire", "Harbour Times", "Eastern Dispatch",
           "Capital Observer", "Baltic Herald", "Morning Sentinel", "Atlas News Agency", "The Evening Chronicle",
           "Riverside Gazette", "Global Courier"]
CITIES = ["Kyiv", "Warsaw", "Brussels", "Geneva", "Istanbul", "Berlin", "Paris", "Helsinki", "Riyadh", "Vienna",
          "London", "Tallinn", "Ankara", "Rome"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

QUOTES = [
    "A ceasefire without security guarantees would be a mistake",
    "We are ready to return to the talks in {city} as soon as next week",
    "We need more air defence systems before the winter",
    "Any peace deal must respect the borders of {year}",
    "Military aid from our partners is saving lives every day",
    "We will never accept the annexation of our territories",
    "NATO membership remains the only real guarantee of our security",
    "The negotiations in {city} were constructive but difficult",
    "A truce on strikes against energy infrastructure is the first step toward peace",
    "Without weapons deliveries the front line cannot hold",
    "Security guarantees must be written down and signed",
    "The minerals agreement will help rebuild the economy",
    "We support a full ceasefire of {days} days",
    "Talks with Moscow are pointless while the shelling continues",
    "European troops on the ground would deter a new invasion",
    "US support for Ukraine must not depend on the election",
    "The proposal for a freeze of the front is unacceptable",
    "We welcome the resumption of intelligence sharing",
]
CLAUSES = [
    "a ceasefire could be agreed within {days} days if both sides showed goodwill",
    "the talks in {city} had produced no agreement on the exchange of prisoners",
    "further military aid would arrive before the end of the month",
    "his government would not accept territorial concessions",
    "NATO would discuss the request at its next summit",
    "the country needed at least {n} more air defence batteries",
    "security guarantees had to include European troops",
    "the minerals deal would be signed in {city} within weeks",
    "the negotiations were stalled over the fate of occupied territories",
    "a halt to the fighting was possible only with firm guarantees",
    "US assistance had been essential to the defence of the capital",
    "the energy truce had been broken at least {n} times",
]
BACKGROUND = [
    "Officials met for {h} hours behind closed doors in {city}.",
    "The war has displaced millions of people and destroyed towns along the front line.",
    "Overnight, air raid sirens sounded in {m} regions, local authorities reported.",
    "Diplomats from {m} countries attended the meeting, which had been postponed twice.",
    "The exchange followed weeks of shelling near the eastern front.",
    "Markets in {city} rose slightly after the announcement.",
    "Reporters were not allowed into the hall where the delegations met.",
    "Aid organisations counted {n} damaged schools in the region since the spring.",
]


def zipf_index(rng, size, skew=1.1):
    weights = [1 / (rank ** skew) for rank in range(1, size + 1)]
    return rng.choices(range(size), weights=weights)[0]


def speakers(rng, count):
    people, seen = [], set()
    while len(people) < count:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in seen:
            seen.add(name)
            people.append((name, rng.choice(ROLES)))
    return people


def fill(text, rng, year):
    return text.format(city=rng.choice(CITIES), year=year - rng.randint(5, 12), days=rng.choice([10, 20, 30, 60, 90]),
                       n=rng.randint(2, 400), m=rng.randint(2, 24), h=rng.randint(2, 14))


def statement(rng, name, role, weekday, year, introduced):
    """One paragraph's statement; a speaker goes by surname alone only once the article has named them in full."""
    surname = name.split()[-1]
    quote, clause = fill(rng.choice(QUOTES), rng, year), fill(rng.choice(CLAUSES), rng, year)
    form = rng.randrange(6) if introduced else rng.choice([0, 1, 4, 5])
    if form == 0:
        return f"\u201c{quote},\u201d {name}, {role}, said on {weekday}."
    if form == 1:
        return f"{name}, {role}, said that {clause}."
    if form == 2:
        return f"\u201c{quote},\u201d {surname} told reporters in {rng.choice(CITIES)}."
    if form == 3:
        return f"{surname} warned that {clause}."
    if form == 4:
        return f"According to {name}, {clause}."
    return f"{name} said: \u201c{quote}.\u201d"


def article(rng, number, people):
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    weekday = WEEKDAYS[day.weekday()]
    cast = []
    size = rng.randint(2, 4)
    while len(cast) < size:
        pick = KNOWN[rng.randrange(len(KNOWN))] if rng.random() < 0.25 else None
        person = (pick, "") if pick else people[zipf_index(rng, len(people))]
        if person[0].split()[-1] not in [c[0].split()[-1] for c in cast]:
            cast.append(person)
    paragraphs = []
    introduced = set()
    for _ in range(rng.randint(3, 6)):
        name, role = rng.choice(cast)
        if not role:
            role = "the president" if name != "Dmitry Peskov" else "the Kremlin spokesman"
        text = statement(rng, name, role, weekday, day.year, name in introduced)
        introduced.add(name)
        paragraphs.append(text + " " + fill(rng.choice(BACKGROUND), rng, day.year))
    lead = cast[0][0]
    city = rng.choice(CITIES)
    paragraphs.insert(0, f"{lead} spoke in {city} on {weekday} as talks on the war entered their "
                         f"{rng.randint(2, 60)}th round, in dispatch number {number}.")
    outlet = rng.choice(OUTLETS)
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    title = f"{lead.split()[-1]} speaks on talks in {city}"
    slug = outlet.lower().replace(" ", "-")
    header = (f" date {day.isoformat()}\n title {title}\n outlet {outlet}\n author {author}\n"
              f" url https://{slug}.example/{day.year}/{number}\n")
    return header + "\n\n".join(paragraphs) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.splitlines()[2])
    count, folder = int(sys.argv[1]), Path(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 13)
    folder.mkdir(parents=True, exist_ok=True)
    people = speakers(rng, 600)
    for number in range(count):
        (folder / f"article-{number:06d}.txt").write_text(article(rng, number, people), encoding="utf-8")


if __name__ == "__main__":
    main()
