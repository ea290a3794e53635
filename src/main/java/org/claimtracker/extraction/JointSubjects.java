package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Speakers named together ("Mayor Tal and Governor Reyes rounded on the operator, saying …") each say it: a
 * candidate whose mention joins names with "and" becomes one candidate per name, never one speaker "Tal and Reyes".
 * Known bodies named together ("the United States and Ukraine agreed …") speak jointly and stay one candidate. A
 * reciprocal ("Tal and Reyes accused each other of …") states nobody's position and is dropped.
 */
final class JointSubjects {

    private final CandidateRun run;

    JointSubjects(CandidateRun run) {
        this.run = run;
    }

    List<Candidate> split(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (isReciprocal(c)) {
                continue;
            }
            List<Mention> each = conjuncts(c);
            if (each.isEmpty()) {
                out.add(c);
                continue;
            }
            for (Mention m : each) {
                out.add(new Candidate(c.kind(), c.parts(), m, c.cue(), c.origin(), c.sentence(), c.paragraph()));
            }
        }
        return out;
    }

    private boolean isKnownBody(Mention m) {
        ActorLexicon.KnownActor known = m.name() == null ? null : run.lexicons.actors().byName(m.name());
        return known != null && known.speaker().kind() != ActorKind.PERSON;
    }

    private boolean isReciprocal(Candidate c) {
        int start = c.start();
        return run.body.startsWith("each other", start) || run.body.startsWith("one another", start);
    }

    /** The names joined in the candidate's mention, each a mention of its own; empty when it names one speaker. */
    private List<Mention> conjuncts(Candidate c) {
        return c.sentence() < 0 ? List.of() : conjuncts(run.text.sentences().get(c.sentence()), c.mention());
    }

    /** The names joined in mention {@code m} of sentence {@code s}; empty when it names one speaker. */
    List<Mention> conjuncts(Sentence s, Mention m) {
        if (m == null || m.type() != Mention.Type.NAME || m.text().indexOf(" and ") < 0) {
            return List.of();
        }
        List<Token> t = s.tokens();
        int first = s.tokenAt(m.span().start());
        int last = s.tokenAt(m.span().end()) - 1;
        if (first < 0 || last >= t.size() || last <= first) {
            return List.of();
        }
        List<Mention> each = new ArrayList<>();
        int from = first;
        for (int i = first; i <= last + 1; i++) {
            boolean joint = i > last || t.get(i).is("and") || t.get(i).text().equals(",");
            if (!joint) {
                continue;
            }
            MentionParser.Parsed p = run.parser.phrase(s, from, i - 1, run.body);
            if (p == null || p.mention().type() != Mention.Type.NAME && p.mention().type() != Mention.Type.TITLE) {
                return List.of(); // "Bosnia and Herzegovina", "Marks and Spencer": one name with "and" inside
            }
            if (isKnownBody(p.mention())) {
                return List.of(); // "the United States and Ukraine agreed": a joint statement of two states
            }
            each.add(p.mention());
            from = i + 1;
            if (i <= last && t.get(i).text().equals(",") && i + 1 <= last && t.get(i + 1).is("and")) {
                from = i + 2;
                i++;
            }
        }
        return each.size() > 1 ? each : List.of();
    }
}
