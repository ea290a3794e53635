package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimtracker.extraction.Candidate.Origin;
import org.claimtracker.extraction.Mention.Type;

/**
 * Attribution as an ordered list of sieves (as in CoreNLP's quote attribution): labels, proper names, roles the
 * article states, roles the actor lexicon knows, pronouns, unnamed sources, then the previous speaker for quotations
 * without attribution of their own. Candidates are attributed in text order, so pronouns and follow-on quotations
 * see the speakers decided before them.
 */
final class SieveAttributor implements Attributor {

    private final ActorLexicon lexicon;
    private final List<AttributionRule> rules;

    SieveAttributor(ActorLexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = List.of(new Label(), new Name(), new TitleInArticle(), new TitleInLexicon(), new PartyMember(),
                new LedeDescription(), new IntroducedPerson(),
                new Pronoun(), new UnnamedSource(), new PreviousSpeaker(), new NearestSpeaker());
    }

    @Override
    public AttributedText attribute(Candidates candidates) {
        ArticleActors actors = new ArticleActors(lexicon, candidates.names(), candidates.text().sentences());
        List<AttributedStatement> out = new ArrayList<>();
        for (Candidate c : candidates.candidates()) {
            AttributedStatement decided = decide(c, actors);
            if (decided != null) {
                actors.record(decided);
                out.add(decided);
            }
        }
        return new AttributedText(candidates, out, actors.roleMentions());
    }

    private AttributedStatement decide(Candidate c, ArticleActors actors) {
        for (AttributionRule rule : rules) {
            Optional<AttributionRule.Decision> d = rule.decide(c, actors);
            if (d.isPresent()) {
                // groups and places never speak: the statement keeps its mention and gets no actor
                return new AttributedStatement(c, actors.speaking(d.get().speaker(), c), rule.name(),
                        d.get().confidence());
            }
        }
        if (c.mention() == null && (c.origin() == Origin.QUOTE_BLOCK || c.origin() == Origin.QUOTE_FALLBACK
                || c.origin() == Origin.DOCUMENT)) {
            return new AttributedStatement(c, null, "unattributed", 0.2);
        }
        if (c.mention() == null) {
            return null; // a quotation nobody is said to have spoken: a scare quote or a headline
        }
        if (c.mention().type() == Type.PRONOUN && c.kind() == StatementKind.DIRECT
                && (c.mention().text().equalsIgnoreCase("he") || c.mention().text().equalsIgnoreCase("she"))) {
            // "“We must be open,” he told reporters." with no one before it: the article still has someone say it
            return new AttributedStatement(c, null, "unresolved", 0.2);
        }
        if (c.mention().type() == Type.PRONOUN) {
            return null; // "they argue", "we said" with nobody to resolve them to: commentary, not a source
        }
        return new AttributedStatement(c, null, "unresolved", 0.2);
    }

    private static Optional<AttributionRule.Decision> decided(Speaker s, double confidence) {
        return s == null ? Optional.empty() : Optional.of(new AttributionRule.Decision(s, confidence));
    }

    /** Transcript labels ("PRESIDENT TRUMP:") and "Source:" lines. */
    static final class Label implements AttributionRule {
        @Override
        public String name() {
            return "label";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            return m != null && m.type() == Type.LABEL && m.name() != null
                    ? decided(actors.resolve(m.name()), 0.9) : Optional.empty();
        }
    }

    /** A proper name next to the cue. */
    static final class Name implements AttributionRule {
        @Override
        public String name() {
            return "name";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            if (m == null || m.type() != Type.NAME) {
                return Optional.empty();
            }
            Speaker s = actors.resolve(m.name());
            if (s.aliases().isEmpty() && !s.canonicalName().contains(" ") && m.role() == null
                    && actors.opensSentence(m)) {
                // "Pressure grew, he said": a capitalised first word is not a name; "Mayor Tal said" is one
                return Optional.empty();
            }
            return decided(s, s.aliases().isEmpty() ? 0.75 : 0.9);
        }
    }

    /** "the Kremlin spokesman" when the article names who that is. */
    static final class TitleInArticle implements AttributionRule {
        @Override
        public String name() {
            return "title-in-article";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            if (m == null || m.type() != Type.TITLE || m.role() == null) {
                return Optional.empty();
            }
            if (!m.role().strip().contains(" ")) {
                Speaker s = actors.latestSpeakerWithHead(Roles.head(m.role()), c.start());
                if (s != null) {
                    return decided(s, 0.7);
                }
            }
            return decided(actors.byStatedRole(m.role(), c.start()), 0.75);
        }
    }

    /**
     * "the Texas Republican", "the California Democrat": how political reporting refers back to the lawmaker it
     * last named, so the latest person named before the statement.
     */
    static final class PartyMember implements AttributionRule {
        private static final Set<String> PARTIES = Set.of("republican", "democrat");

        @Override
        public String name() {
            return "party-member";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            if (m == null || m.type() != Type.TITLE || m.role() == null || !PARTIES.contains(Roles.head(m.role()))) {
                return Optional.empty();
            }
            return decided(actors.latestNamedPerson(m.span().start(), null), 0.6);
        }
    }

    /** "the Ukrainian leader" through the roles the actor lexicon knows. */
    static final class TitleInLexicon implements AttributionRule {
        @Override
        public String name() {
            return "title-in-lexicon";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            if (m == null || m.type() != Type.TITLE || m.role() == null) {
                return Optional.empty();
            }
            ActorLexicon.KnownActor known = actors.lexicon().byRole(m.role());
            return known == null ? Optional.empty() : decided(known.speaker(), 0.65);
        }
    }

    /**
     * A news lede that describes its speaker and names them later ("Norland's point man for the river talks said on
     * Monday …", then "Deputy Minister Ana Vos" paragraphs below): in the article's first paragraph, a description
     * naming a body or country and nobody the article or lexicon gives that role stands for the first person
     * introduced later with a role of their own who belongs to that body.
     */
    static final class LedeDescription implements AttributionRule {
        @Override
        public String name() {
            return "lede-description";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            if (m == null || m.type() != Type.TITLE || m.role() == null || c.sentence() < 0
                    || c.paragraph() != actors.sentence(0).paragraph()) {
                return Optional.empty();
            }
            Speaker body = actors.lexicon().bodyInRole(m.role());
            return body == null ? Optional.empty()
                    : decided(actors.introducedLaterOf(body, actors.sentence(c.sentence()).span()), 0.5);
        }
    }

    /**
     * "The head of the commission, Oleh Didenko, spoke publicly. He told …": a pronoun right after a sentence that
     * introduces a person and quotes nobody is that person, not the previous speaker.
     */
    static final class IntroducedPerson implements AttributionRule {
        @Override
        public String name() {
            return "pronoun-introduced";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            if (m == null || m.type() != Type.PRONOUN || c.sentence() < 1
                    || !(m.text().equalsIgnoreCase("he") || m.text().equalsIgnoreCase("she"))) {
                return Optional.empty();
            }
            Sentence prev = actors.sentence(c.sentence() - 1);
            if (c.paragraph() - prev.paragraph() > 1 || actors.spokeIn(prev.index())) {
                return Optional.empty();
            }
            Speaker s = actors.firstPersonIn(prev.span());
            return s != null && ArticleActors.fits(s, m.text().toLowerCase(java.util.Locale.ROOT)) ? decided(s, 0.6)
                    : Optional.empty();
        }
    }

    /** "he added": the latest person who spoke; "it said": the latest body that did. */
    static final class Pronoun implements AttributionRule {
        @Override
        public String name() {
            return "pronoun";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            if (m == null || m.type() != Type.PRONOUN) {
                return Optional.empty();
            }
            String p = m.text().toLowerCase(java.util.Locale.ROOT);
            if (p.equals("he") || p.equals("she")) {
                Speaker s = actors.latestSpeaker(c.start(), true, p);
                return s != null ? decided(s, 0.7) : decided(actors.latestNamedPerson(c.start(), p), 0.5);
            }
            if (p.equals("it")) {
                return decided(actors.latestBody(c.start()), 0.5);
            }
            return Optional.empty();
        }
    }

    /** "a source said", "officials said": a statement with no actor. */
    static final class UnnamedSource implements AttributionRule {
        @Override
        public String name() {
            return "unnamed-source";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            Mention m = c.mention();
            return m != null && m.type() == Type.UNNAMED
                    ? Optional.of(new Decision(null, 0.6)) : Optional.empty();
        }
    }

    /** A quoted paragraph with no attribution of its own continues the previous statement's speaker. */
    static final class PreviousSpeaker implements AttributionRule {
        @Override
        public String name() {
            return "previous-speaker";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            if (c.mention() != null || c.origin() != Origin.FOLLOW_ON && c.origin() != Origin.QUOTE_BLOCK) {
                return Optional.empty();
            }
            AttributedStatement prev = actors.previous(c.start());
            if (prev == null || prev.speaker() == null || c.paragraph() - prev.candidate().paragraph() > 3) {
                return Optional.empty();
            }
            return decided(prev.speaker(), 0.6);
        }
    }

    /**
     * A sentence in quotation marks that no rule attributed: the speaker of the paragraph's previous statement, else
     * the previous speaker nearby, else the person the paragraph names; all at low confidence.
     */
    static final class NearestSpeaker implements AttributionRule {
        @Override
        public String name() {
            return "nearest-speaker";
        }

        @Override
        public Optional<Decision> decide(Candidate c, ArticleActors actors) {
            if (c.mention() != null || c.origin() != Origin.QUOTE_FALLBACK) {
                return Optional.empty();
            }
            AttributedStatement prev = actors.previous(c.start());
            if (prev != null && prev.speaker() != null && c.paragraph() - prev.candidate().paragraph() <= 2) {
                return decided(prev.speaker(), prev.candidate().paragraph() == c.paragraph() ? 0.4 : 0.3);
            }
            if (c.sentence() >= 0) {
                Sentence s = actors.sentence(c.sentence());
                Speaker named = c.start() - 1 > s.span().start()
                        ? actors.firstPersonIn(new TextSpan(s.span().start(), c.start() - 1)) : null;
                return decided(named, 0.3);
            }
            return Optional.empty();
        }
    }
}
