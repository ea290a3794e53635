package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Finds candidates by running an ordered set of rules over one article, each claiming the quotations and verbs it
 * uses so that later rules do not reuse them: transcript turns, source lines, quotations with their attribution
 * (merging a quotation split by it), cues of several words, documents speaking for their issuer, reported speech
 * around every remaining speech verb, nominal reports, "as X puts it" asides, official documents, then the
 * quotations left over (labelled blocks, follow-on paragraphs). A candidate of speakers named together becomes one
 * per speaker ({@link JointSubjects}); overlapping candidates of one speaker are then merged.
 */
final class RuleCandidateFinder implements CandidateFinder {

    /** The rules in the order they run; each is made for one article's pass. */
    private static final List<Function<CandidateRun, CandidateRule>> RULES = List.of(
            TranscriptTurnRule::new,
            SourceLineRule::new,
            QuotationAttributionRule::new,
            PhrasalCueRule::new,
            DocumentSpeakerRule::new,
            ReportedSpeechRule::new,
            NominalReportRule::new,
            AsPutItRule::new,
            OfficialDocumentRule::new,
            LeftOverQuotationRule::new);

    private final Lexicons lexicons;
    private final MentionParser parser;

    RuleCandidateFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.parser = new MentionParser(lexicons);
    }

    @Override
    public Candidates find(SegmentedText text) {
        CandidateRun run = new CandidateRun(lexicons, parser, text);
        for (Function<CandidateRun, CandidateRule> rule : RULES) {
            rule.apply(run).apply();
        }
        List<Candidate> found = new JointSubjects(run).split(run.out);
        found.sort(Comparator.comparingInt(Candidate::start));
        return new Candidates(text, dedupe(found), names(run));
    }

    /** Drops a candidate whose content another one already covers (the same words found twice). */
    private static List<Candidate> dedupe(List<Candidate> sorted) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            Candidate prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (prev != null && c.start() < prev.parts().get(prev.parts().size() - 1).end() && sameMention(prev, c)) {
                TextSpan a = new TextSpan(prev.start(), prev.parts().get(prev.parts().size() - 1).end());
                TextSpan b = new TextSpan(c.start(), c.parts().get(c.parts().size() - 1).end());
                if (b.length() > a.length()) {
                    kept.set(kept.size() - 1, c);
                }
                continue;
            }
            kept.add(c);
        }
        return kept;
    }

    /** Overlapping candidates with different speakers are nested reports, and both stand. */
    private static boolean sameMention(Candidate a, Candidate b) {
        return a.mention() == null || b.mention() == null || a.mention().text().equals(b.mention().text());
    }

    /** Every proper-name phrase of the article, with the role given beside it. */
    private static List<Mention> names(CandidateRun run) {
        List<Mention> names = new ArrayList<>();
        JointSubjects joint = new JointSubjects(run);
        for (Sentence s : run.text.sentences()) {
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                Token x = t.get(i);
                boolean starts = x.isWord() && (run.parser.isNameWord(x) || run.lexicons.isTitleWord(x.lower()));
                if (!starts) {
                    i++;
                    continue;
                }
                MentionParser.Parsed p = run.parser.after(s, i, run.body);
                if (p == null) {
                    i++;
                    continue;
                }
                if (p.mention().type() == Mention.Type.NAME) {
                    List<Mention> each = joint.conjuncts(s, p.mention()); // "Mayor Tal and Governor Reyes": two names
                    if (each.isEmpty()) {
                        names.add(p.mention());
                    } else {
                        names.addAll(each);
                    }
                }
                i = Math.max(i + 1, p.last() + 1);
            }
        }
        return names;
    }
}
