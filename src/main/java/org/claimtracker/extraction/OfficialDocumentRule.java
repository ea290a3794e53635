package org.claimtracker.extraction;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.extraction.Candidate.Origin;

import static org.claimtracker.extraction.CandidateWords.DOCUMENT_TITLES;

/**
 * An official document printed whole (a fact sheet, a readout, a joint statement, the outcomes of talks): a
 * paragraph that opens with a document title starts it, and each of its own assertive sentences after the title that
 * no other rule took is a statement of the issuing body, in its exact words (DIRECT). The issuer is read from the
 * title ("Statement from the Foreign Ministry"), else it is the article's publisher when that is a government body
 * or country publishing its own release ("The White House"); otherwise attribution decides. Such a release is an
 * official document from its first paragraph, title or not: the publisher's narration is its own statement, as a
 * news outlet's is not.
 */
final class OfficialDocumentRule implements CandidateRule {
    /** The document titles as written, words joined by spaces: compared with every paragraph's opening. */
    private static final List<String> TITLE_PHRASES = DOCUMENT_TITLES.stream().map(t -> t.replace('_', ' ')).toList();


    private static final Pattern ISSUER = Pattern.compile(
            "\\b(?:[Ss]tatement|STATEMENT|[Rr]eadout|READOUT|[Rr]emarks|[Rr]elease|[Dd]eclaration) "
                    + "(?:from|by|FROM|BY) (?:the |THE )?"
                    + "([A-Z][\\w.'\u2019-]*(?: (?:of |for |and )?[A-Z][\\w.'\u2019-]*){0,6})");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    /** Who publishes releases of its own; a news outlet (MEDIA) reports others' words. */
    private static final Set<ActorKind> ISSUING_KINDS = EnumSet.of(ActorKind.ORGANISATION, ActorKind.COUNTRY);
    private static final int MIN_WORDS = 6;
    private static final int TITLE_CHARS = 200;

    private final CandidateRun run;

    OfficialDocumentRule(CandidateRun run) {
        this.run = run;
    }

    @Override
    public void apply() {
        List<TextSpan> paras = run.quoted.paragraphs();
        int start = -1;
        for (int p = 0; p < paras.size() && start < 0; p++) {
            if (isDocumentTitle(paras.get(p))) {
                start = p;
            }
        }
        Mention publisher = issuingPublisher();
        if (start < 0 && publisher == null) {
            return;
        }
        Mention named = start < 0 ? null : issuer(paras.get(start));
        Mention issuer = named != null ? named : publisher;
        BitSet spoken = new BitSet();
        for (Candidate c : run.out) {
            if (c.sentence() >= 0) {
                spoken.set(c.sentence());
            }
        }
        for (Sentence s : run.text.sentences()) {
            if (s.paragraph() > start && !spoken.get(s.index()) && !run.transcriptParagraph.get(s.paragraph())
                    && isAssertion(s)) {
                TextSpan content = withoutFinalStop(s);
                run.out.add(new Candidate(StatementKind.DIRECT, List.of(content), issuer, null, Origin.DOCUMENT,
                        s.index(), s.paragraph()));
            }
        }
    }

    /** A paragraph opening with "FACT SHEET", "Readout of …", "Joint Statement …", "Outcomes of …". */
    private boolean isDocumentTitle(TextSpan para) {
        // compared in place, case aside: every paragraph is asked, and no title holds an apostrophe
        int end = Math.min(para.end(), para.start() + TITLE_CHARS);
        for (String phrase : TITLE_PHRASES) {
            int after = para.start() + phrase.length();
            if (after <= end && run.body.regionMatches(true, para.start(), phrase, 0, phrase.length())
                    && (after == end || !Character.isLetter(run.body.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private Mention issuer(TextSpan title) {
        String text = title.of(run.body);
        Matcher m = ISSUER.matcher(text.length() > TITLE_CHARS ? text.substring(0, TITLE_CHARS) : text);
        if (!m.find()) {
            return null;
        }
        int from = title.start() + m.start(1);
        String name = m.group(1).strip();
        return new Mention(name, new TextSpan(from, from + name.length()), Mention.Type.LABEL, name, null);
    }

    /**
     * The article's publisher as the speaker of its own release: a known organisation or country, named in the
     * metadata with any remark in brackets dropped ("The White House (government release)"); null for a news outlet,
     * a person or a name the lexicon does not know. The mention stands at the start of the body, which names no
     * issuer itself.
     */
    private Mention issuingPublisher() {
        String publisher = run.quoted.article().publisher();
        if (publisher == null) {
            return null;
        }
        String name = BRACKETED.matcher(publisher).replaceAll("").strip();
        ActorLexicon.KnownActor known = name.isEmpty() ? null : run.lexicons.actors().byName(name);
        if (known == null || !ISSUING_KINDS.contains(known.speaker().kind())) {
            return null;
        }
        return new Mention(name, new TextSpan(0, 0), Mention.Type.LABEL, known.speaker().canonicalName(), null);
    }

    /** A sentence of the document that asserts: long enough, no question, no quotation, not a heading. */
    private boolean isAssertion(Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || !t.get(t.size() - 1).is(".") || !t.get(0).isCapitalised()) {
            return false;
        }
        int words = 0;
        for (Token x : t) {
            if (run.quoted.quotationAt(x.start()) != null || x.is(":")) {
                return false;
            }
            words += x.isWord() ? 1 : 0;
        }
        return words >= MIN_WORDS;
    }

    private TextSpan withoutFinalStop(Sentence s) {
        List<Token> t = s.tokens();
        int end = t.size() - 1;
        while (end > 0 && !t.get(end).isWord()) {
            end--;
        }
        return new TextSpan(t.get(0).start(), t.get(end).end());
    }
}
