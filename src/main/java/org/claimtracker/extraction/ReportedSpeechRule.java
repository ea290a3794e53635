package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

import org.claimtracker.extraction.Candidate.Origin;
import org.claimtracker.extraction.Lexicons.Frame;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * Reported speech around every speech verb no earlier rule claimed: the clause after it ("said that …", "urged Kyiv
 * to …"), the clause before it ("The talks will go on, Peskov said.") and "according to" credits.
 */
final class ReportedSpeechRule implements CandidateRule {
    private static final int LOOK_BACK = 8;
    /** Determiners that point back to something said before ("these concerns"): the object states nothing new. */
    private static final Set<String> POINTING = Set.of("this", "that", "these", "those", "such");
    /** The longest object that may only point back: "these concerns", "such fears of escalation" is longer. */
    private static final int POINTING_WORDS = 3;

    private final CandidateRun run;
    private final InvertedReport invertedReport;
    private final AccordingToReport accordingToReport;

    ReportedSpeechRule(CandidateRun run) {
        this.run = run;
        this.invertedReport = new InvertedReport(run);
        this.accordingToReport = new AccordingToReport(run);
    }

    @Override
    public void apply() {
        run.proseSentences().forEach(this::reported);
    }

    void reported(Sentence s) {
        List<Token> t = s.tokens();
        if (!t.isEmpty() && t.get(t.size() - 1).is("?") && run.quoted.quotationAt(t.get(t.size() - 1).start()) == null) {
            return; // "What did Putin say about the ceasefire?": a question, not a report
        }
        for (int v = t.size() - 1; v > 0; v--) {
            Token verb = t.get(v);
            if (t.get(v).text().equals(",") && run.quoted.quotationAt(verb.start()) == null) {
                break;
            }
            if (run.lexicons.isSpeechVerb(verb) && !run.claimedVerbs.contains(verb.start())
                    && run.quoted.quotationAt(verb.start()) == null && run.analysis.isVerbUse(s, v)) {
                Mention mention = run.subjects.subject(s, v, 0);
                Frame frame = run.lexicons.frame(verb);
                int c = run.analysis.pastInvertedSubject(s, v, mention, run.clauses.complementStart(s, v, frame));
                if (mention != null && run.analysis.wordsBetween(t, c, run.clauses.complementEnd(s, c)) == 0) {
                    int cueLast = Math.max(v, run.analysis.cueEnd(s, v));
                    String cue = run.body.substring(run.analysis.cueStart(t, v), t.get(Math.min(cueLast, t.size() - 1)).end());
                    invertedReport.inverted(s, v, mention, cue);
                }
                break;
            }
        }
        for (int v = 0; v < t.size(); v++) {
            Token verb = t.get(v);
            if (verb.is("according") && v + 1 < t.size() && t.get(v + 1).is("to")) {
                accordingToReport.accordingTo(s, v);
                continue;
            }
            if (!run.lexicons.isSpeechVerb(verb) || run.claimedVerbs.contains(verb.start())
                    || run.quoted.quotationAt(verb.start()) != null || !run.analysis.isVerbUse(s, v)) {
                continue;
            }
            reportedAt(s, v);
        }
    }

    void reportedAt(Sentence s, int v) {
        List<Token> t = s.tokens();
        Token verb = t.get(v);
        Frame frame = run.lexicons.frame(verb);
        boolean participle = verb.key().endsWith("ing") && v > 0
                && (t.get(v - 1).text().equals(",") || t.get(v - 1).is("and") || t.get(v - 1).is("while")
                    || t.get(v - 1).is("by"));
        int catenative = run.analysis.catenativeHead(s, v);
        Mention mention = participle ? run.subjects.sharedSubject(s)
                : run.subjects.subject(s, catenative >= 0 ? catenative : v, 0);
        Mention quotedObject = quotedAsSaying(s, v);
        if (quotedObject != null) {
            mention = quotedObject; // "Local television quoted the coast guard as saying …": the object speaks
        }
        if (mention == null && v > 1 && t.get(v - 1).is("from") && verb.key().endsWith("ing")) {
            // "stopped the Kremlin from claiming ...": the speaker is the object before "from"
            MentionParser.Parsed p = run.parser.before(s, v - 1, 0, run.body);
            mention = p == null ? null : p.mention();
        }
        if (mention == null && v > 0 && (t.get(v - 1).is("and") || t.get(v - 1).is("but"))) {
            mention = run.subjects.thatClauseSubject(s, v); // "reported that Putin is open … and insists …"
        }
        if (mention == null && v > 0 && (t.get(v - 1).is("and") || t.get(v - 1).is("but")
                || t.get(v - 1).is("also") && v > 1 && (t.get(v - 2).is("and") || t.get(v - 2).is("but")))) {
            mention = run.subjects.sharedSubject(s);
        }
        if (mention == null) {
            return;
        }
        Mention earlier = run.sentenceSubject.get(s.index());
        if (mention.type() == Mention.Type.PRONOUN && earlier != null && earlier.type() == Mention.Type.NAME
                && earlier.span().end() <= mention.span().start()
                && (mention.text().equalsIgnoreCase("he") || mention.text().equalsIgnoreCase("she"))) {
            mention = earlier; // "Trump has suggested X, and he's insisted Y": the sentence's speaker goes on
        }
        int m = s.tokenAt(mention.span().start());
        if (m > 0 && (t.get(m - 1).is("which") && mention.type() == Mention.Type.PRONOUN || t.get(m - 1).is("what")
                || t.get(m - 1).is("whom"))) {
            // "an agreement which he argued had failed", "what Trump had suggested", "whom the Kremlin claims had
            // US backing": object relatives
            return;
        }
        int c = run.analysis.pastInvertedSubject(s, v, mention, run.clauses.complementStart(s, v, frame));
        if (m > 0 && SUBORDINATE.contains(t.get(m - 1).key()) && !(c > 0 && t.get(c - 1).is("that"))) {
            // "if Putin rejects the plan": a condition, not a statement; "objected when Reyes claimed that the dam
            // was safe" and "when Reyes acknowledged the losses" still report what was said
            return;
        }
        if (DIRECTIVE_VERBS.contains(verb.key()) && insideReportedClause(s, verb.start())) {
            return; // "reported that the mayor met the crews and instructed staff to …": part of that report
        }
        if (m > 0 && t.get(m - 1).is("when") && insideReportedClause(s, verb.start())) {
            return; // "said he was angry when Putin criticised him": the circumstance inside another statement
        }
        if (m > 0 && m == v - 1 && mention.type() == Mention.Type.PRONOUN && c == v + 1 && c < t.size()
                && run.analysis.isBareNoun(t.get(m - 1)) && t.get(c).isWord() && !t.get(c).isCapitalised()
                && t.get(c).key().endsWith("ed")) {
            return; // "a video it said showed Putin in Kursk": a relative clause on the noun, the article's words
        }
        if (frame == Frame.ASK && requestsSomeone(t, v)) {
            c = v + 1; // "asked the minister to fund the repairs": a request, read like "urged the minister to …"
        } else if (frame == Frame.ASK && (c >= t.size() || !WH_WORDS.contains(t.get(c).key()) && !t.get(c).is("if"))) {
            return; // "questioned his credibility", "asked about the tolls": no question or request stated
        }
        int cueLast = Math.max(v, run.analysis.cueEnd(s, v));
        String cue = run.body.substring(run.analysis.cueStart(t, v), t.get(Math.min(cueLast, t.size() - 1)).end());
        int end = run.clauses.complementEnd(s, c);
        if (frame == Frame.OBJ) {
            end = run.clauses.objectEnd(s, c, end);
        }
        if (c >= end) {
            invertedReport.inverted(s, v, mention, cue);
            return;
        }
        for (int i = c; i < Math.min(end, c + 6); i++) {
            if (run.lexicons.isSpeechVerb(t.get(i)) && !t.get(i).key().endsWith("ing") && i > c && run.analysis.isVerbUse(s, i)
                    && run.parser.before(s, i, c, run.body) != null && run.parser.before(s, i, c, run.body).first() == c) {
                return; // "RIA Novosti said Putin told Trump that ...": the inner speaker's statement
            }
        }
        if (frame == Frame.THAT && c > 0 && !t.get(c - 1).is("that") && CLAUSELESS_STARTS.contains(t.get(c).key())) {
            return; // "said on “Fox News Sunday”": a prepositional phrase, not a reported clause
        }
        int words = 0;
        for (int i = c; i < end; i++) {
            if (t.get(i).isWord()) {
                words++;
            }
        }
        if (frame == Frame.OBJ && (words < 3 && isCountedObject(t.get(c)) || t.get(c).is("no")
                || words <= POINTING_WORDS && POINTING.contains(t.get(c).key()))
                || hostsSomeone(s, v, c, end)) {
            // "proposed three amendments", "cited no sources", "welcomed the visitors to the harbour", "dismissed
            // these concerns" (what they were, the sentence does not say)
            return;
        }
        if (words < 2 || words < 3 && frame == Frame.THAT && !t.get(c - 1).is("that")) {
            if (words == 0) {
                invertedReport.inverted(s, v, mention, cue);
            }
            return;
        }
        run.claimedVerbs.add(verb.start());
        run.sentenceSubject.put(s.index(), mention);
        // "... and that ...": one verb, two clauses
        int split = -1;
        for (int i = c + 2; i < end - 1; i++) {
            if (t.get(i).is("and") && t.get(i + 1).is("that") && run.quoted.quotationAt(t.get(i).start()) == null) {
                split = i;
                break;
            }
        }
        if (split > 0) {
            run.addReported(s, c, split, mention, cue, Origin.REPORTED);
            run.addReported(s, split + 2, end, mention, cue, Origin.REPORTED);
        } else {
            run.addReported(s, c, end, mention, cue, Origin.REPORTED);
        }
        // "said the port would reopen, but that night shifts would stay suspended": the same verb's second clause
        if (end + 3 < t.size() && t.get(end).is(",") && (t.get(end + 1).is("but") || t.get(end + 1).is("and"))
                && t.get(end + 2).is("that") && run.quoted.quotationAt(t.get(end).start()) == null) {
            run.addReported(s, end + 3, run.clauses.complementEnd(s, end + 3), mention, cue, Origin.REPORTED);
        }
    }

    /** How many words an addressee of "asked … to" may have ("asked the harbour minister to …"). */
    private static final int ADDRESSEE_WORDS = 4;

    /** "asked the minister to …": an addressee of a few words, then "to". */
    private static boolean requestsSomeone(List<Token> t, int v) {
        for (int k = v + 2; k < t.size() && k <= v + 1 + ADDRESSEE_WORDS && t.get(k - 1).isWord(); k++) {
            if (t.get(k).is("to")) {
                return !t.get(v + 1).is("about") && !t.get(v + 1).is("for");
            }
        }
        return false;
    }

    /** "quoted the coast guard as saying": the phrase between "quoted" and "as", or null. */
    private Mention quotedAsSaying(Sentence s, int v) {
        List<Token> t = s.tokens();
        if (v < 3 || !t.get(v - 1).is("as") || !t.get(v).key().endsWith("ing")) {
            return null;
        }
        for (int q = v - 3; q >= 0 && q >= v - 12; q--) {
            if (t.get(q).is("quoted")) {
                MentionParser.Parsed p = run.parser.before(s, v - 1, q + 1, run.body);
                return p != null && p.first() <= q + 2 ? p.mention() : null;
            }
        }
        return null;
    }

    private boolean insideReportedClause(Sentence s, int offset) {
        // this sentence's reported clauses were added last: a short look back keeps long articles linear
        for (int i = run.out.size() - 1; i >= 0 && i >= run.out.size() - LOOK_BACK; i--) {
            Candidate c = run.out.get(i);
            if (c.sentence() == s.index() && c.start() <= offset
                    && offset < c.parts().get(c.parts().size() - 1).end()) {
                return true;
            }
        }
        return false;
    }

    /** "three amendments", "2 bills", "several changes": a count of things, not a position. */
    private static boolean isCountedObject(Token first) {
        String k = first.key();
        return Character.isDigit(k.charAt(0)) || COUNT_WORDS.contains(k);
    }

    /** "welcomed the visitors to the harbour office": welcoming someone somewhere is hosting, not speech. */
    private boolean hostsSomeone(Sentence s, int v, int c, int end) {
        List<Token> t = s.tokens();
        if (!HOSTING_VERBS.contains(t.get(v).key())) {
            return false;
        }
        for (int i = c + 1; i + 1 < end && i < c + 6; i++) {
            if ((t.get(i).is("to") || t.get(i).is("at") || t.get(i).is("into"))
                    && (MentionParser.DETERMINERS.contains(t.get(i + 1).key()) || t.get(i + 1).isCapitalised())) {
                return true;
            }
        }
        return false;
    }
}
