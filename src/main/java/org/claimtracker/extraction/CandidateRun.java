package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtracker.extraction.Candidate.Origin;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * The state of one article's candidate-finding pass, shared by the rules in their order: which quotations and
 * speech verbs are claimed, the candidates found so far, each sentence's subject, and the shared sentence analysis.
 * Never shared between threads.
 */
final class CandidateRun {
    final Lexicons lexicons;
    final MentionParser parser;
    final SegmentedText text;
    final String body;
    final QuotedText quoted;
    final List<Quotation> quotations;
    final BitSet usedQuote;
    final Set<Integer> claimedVerbs = new HashSet<>();
    final List<Candidate> out = new ArrayList<>();
    final Map<Integer, Mention> sentenceSubject = new HashMap<>();
    final BitSet transcriptParagraph = new BitSet();
    final Map<Integer, Mention> sourceLines = new HashMap<>();
    final SentenceAnalysis analysis;
    final Adverbials adverbials;
    final SubjectFinder subjects;
    final ClauseBoundaries clauses;

    CandidateRun(Lexicons lexicons, MentionParser parser, SegmentedText text) {
        this.lexicons = lexicons;
        this.parser = parser;
        this.text = text;
        this.body = text.body();
        this.quoted = text.quoted();
        this.quotations = quoted.quotations();
        this.usedQuote = new BitSet(quotations.size());
        this.analysis = new SentenceAnalysis(this);
        this.adverbials = new Adverbials(this);
        this.subjects = new SubjectFinder(this);
        this.clauses = new ClauseBoundaries(this);
    }

    int paragraphOf(int offset) {
        List<TextSpan> paras = quoted.paragraphs();
        int lo = 0;
        int hi = paras.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextSpan p = paras.get(mid);
            if (p.end() < offset) {
                lo = mid + 1;
            } else if (p.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    int words(Quotation q) {
        int n = 0;
        for (TextSpan part : q.parts()) {
            boolean inWord = false;
            for (int i = part.start(); i < part.end() && n < 50; i++) {
                boolean w = Character.isLetterOrDigit(body.charAt(i));
                if (w && !inWord) {
                    n++;
                }
                inWord = w;
            }
        }
        return n;
    }

    /** Content parts without a trailing comma that belongs to the attribution. */
    List<TextSpan> trimmedParts(Quotation q) {
        List<TextSpan> parts = new ArrayList<>();
        for (TextSpan part : q.parts()) {
            int end = part.end();
            while (end > part.start() && (body.charAt(end - 1) == ',' || Character.isWhitespace(body.charAt(end - 1)))) {
                end--;
            }
            if (end > part.start()) {
                parts.add(new TextSpan(part.start(), end));
            }
        }
        return parts.isEmpty() ? q.parts() : parts;
    }

    void addReported(Sentence s, int from, int to, Mention mention, String cue, Origin origin) {
        List<Token> t = s.tokens();
        while (to > from && isTrailingPunct(t.get(to - 1))) {
            to--;
        }
        while (from < to && !t.get(from).isWord() && !RuleSegmenter.isOpeningMark(t.get(from).text().charAt(0))) {
            from++;
        }
        if (from >= to) {
            return;
        }
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        // quotations inside the clause: MIXED, or DIRECT when the clause is one quotation
        StatementKind kind = StatementKind.INDIRECT;
        int qi = quoted.firstQuotationFrom(start);
        List<TextSpan> parts = List.of(new TextSpan(start, end));
        int inside = 0;
        for (int i = Math.max(0, qi - 1); i < quotations.size() && quotations.get(i).open() < end; i++) {
            Quotation q = quotations.get(i);
            if (q.outerEnd() <= start) {
                continue;
            }
            inside++;
            usedQuote.set(i);
            if (q.open() == start && q.outerEnd() >= end && inside == 1) {
                kind = StatementKind.DIRECT;
                parts = trimmedParts(q);
            } else {
                kind = StatementKind.MIXED;
                parts = List.of(new TextSpan(start, Math.max(end, Math.min(q.outerEnd(), s.span().end()))));
            }
        }
        if (kind == StatementKind.MIXED) {
            parts = List.of(new TextSpan(start, end));
        }
        out.add(new Candidate(kind, parts, mention, cue, origin, s.index(), s.paragraph()));
    }

    boolean isTrailingPunct(Token t) {
        String x = t.text();
        return x.equals(".") || x.equals(",") || x.equals(";") || x.equals(":") || x.equals("\u2014")
                || x.equals("\u2013") || x.equals("-") || x.equals("(");
    }

    /** The sentences outside transcript turns: where the rules for prose look. */
    List<Sentence> proseSentences() {
        return text.sentences().stream().filter(s -> !transcriptParagraph.get(s.paragraph())).toList();
    }
}
