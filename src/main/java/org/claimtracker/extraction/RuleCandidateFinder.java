package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.extraction.Candidate.Origin;
import org.claimtracker.extraction.Lexicons.Frame;

/**
 * Finds candidates in a fixed order, each step claiming the quotations and verbs it uses so that later steps do
 * not reuse them: transcript turns, quotations attributed after or before them (merging a quotation split by its
 * attribution), reported speech around every remaining speech verb, then the quotations left over, which continue
 * the previous speaker when they open a paragraph and are scare quotes otherwise.
 */
final class RuleCandidateFinder implements CandidateFinder {

    private static final Pattern LABEL = Pattern.compile("^([A-Z][A-Z.'\u2019 -]{0,40}[A-Z.]|Q|A):\\s");
    private static final Pattern QUESTION_LINE = Pattern.compile("^(Q|QUESTION)[ .:]");
    private static final Set<String> QUESTION_LABELS = Set.of("Q", "QUESTION", "REPORTER", "AUDIENCE MEMBER",
            "MODERATOR", "INTERVIEWER", "JOURNALIST", "PARTICIPANT", "THE FACTS", "FACTS", "FACT CHECK", "CONTEXT",
            "BACKGROUND", "DETAILS", "ANALYSIS", "EDITOR'S NOTE", "NOTE");
    private static final Set<String> TELL_VERBS = Set.of("told", "tell", "tells", "telling", "assured");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("reporters", "journalists", "me", "us", "him", "her",
            "them", "lawmakers", "parliament", "legislators", "supporters", "senators", "viewers", "listeners",
            "students", "delegates", "troops", "soldiers", "the", "a", "an", "his", "their");
    private static final Set<String> GLOSS = Set.of("suggesting", "though", "although", "after", "before", "while",
            "despite", "amid", "citing", "as", "which", "where", "when", "prompting", "sparking", "but", "according",
            "even", "who", "whereas", "leaving", "underscoring", "highlighting", "raising", "in", "a", "an",
            "referring", "apparently", "seemingly", "reflecting", "signalling", "signaling", "marking", "following");
    private static final Set<String> MEDIA_NOUNS = Set.of("statement", "post", "interview", "address", "speech",
            "video", "briefing", "conference", "call", "message", "letter", "op-ed", "article", "remarks",
            "broadcast", "appearance", "tweet", "update", "podcast", "meeting", "summit", "session", "comments",
            "hearing", "forum", "talk", "show", "programme", "program", "channel", "readout", "release", "note",
            "report", "appeal", "commentary", "column", "essay", "analysis", "blog", "editorial", "thread");
    private static final Set<String> PLATFORMS = Set.of("x", "telegram", "facebook", "instagram", "truth", "twitter",
            "social", "television", "tv", "state", "camera", "air", "radio", "youtube", "linkedin", "threads");
    private static final Set<String> SUBORDINATORS = Set.of("if", "when", "unless", "because", "as", "while",
            "although", "though", "since", "after", "before");

    private static final Set<String> OBJECT_NOUNS = Set.of("programme", "program", "newspaper", "website",
            "broadcaster", "channel", "agency", "magazine");
    private static final Set<String> PLAIN_ADVERBS = Set.of("yesterday", "today", "tonight", "earlier", "later",
            "again", "also", "publicly", "repeatedly", "separately", "previously", "recently", "privately", "late",
            "then", "afterwards", "too", "once", "firmly", "flatly", "explicitly", "bluntly");
    private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend",
            "day");
    private static final Set<String> NOUN_MARKERS = Set.of("his", "her", "its", "their", "our", "my", "your", "this",
            "these", "those", "any", "no", "every", "each", "such", "so", "of", "for", "with", "without");
    private static final Set<String> BE_FORMS = Set.of("been", "was", "were", "is", "are", "be", "being", "get",
            "got", "wasn't", "weren't", "isn't");
    private static final Set<String> SAFE_VERB_FORMS = Set.of("said", "told", "wrote", "says", "tells", "writes",
            "adds", "warns", "insists", "stresses", "argues", "notes", "accuses", "urges");
    private static final Set<String> PARTICIPLE_CONTEXT = Set.of("and", "while", "by", "was", "is", "were", "are",
            "been", "as", "also", "repeatedly", "again", "not");
    private static final Set<String> CUE_PREFIX = Set.of("has", "have", "had", "also", "repeatedly", "previously",
            "later", "earlier", "again", "publicly", "was", "quoted", "as");
    private static final Set<String> CONNECTIVES = Set.of("and", "but", "then", "later", "as", "also", "so");

    private static final Pattern JOINT_STATEMENT = Pattern.compile(
            "\\bjoint ((?:[A-Z][A-Za-z.]{1,15})(?:-[A-Z][A-Za-z.]{1,15})+) statement");
    private static final Mention NO_ISSUERS = new Mention("-", new TextSpan(0, 0), Mention.Type.LABEL, "-", null);

    private static final int LONG_QUOTE_WORDS = 40;
    private static final Set<String> MODALS = Set.of("could", "would", "will", "can", "should", "may", "might",
            "must", "shall");
    private static final Set<String> DO_SUPPORT = Set.of("did", "does", "do", "also", "again", "he", "she", "they",
            "we", "i", "it", "who", "repeatedly", "often");
    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "is", "was", "were", "are", "will",
            "would", "also", "then", "did", "does", "can", "could", "may", "might", "must", "should", "again", "later",
            "told", "wrote", "made", "took", "gave", "sent", "met", "spoke", "went", "came", "set", "put", "held",
            "drove", "saw", "got", "left", "kept", "brought", "thought", "stood", "led", "won", "lost", "struck", "broke",
            "hit", "ran", "sought", "fought", "began", "became", "chose", "drew", "flew", "grew", "knew", "rose", "shook",
            "spent", "stuck", "threw", "understood", "lashed", "cut", "let", "read", "paid", "meant", "felt");
    private static final List<String[]> FIXED_ADVERBIALS = List.of(new String[] {"at", "the", "time"},
            new String[] {"at", "that", "time"}, new String[] {"at", "the", "weekend"}, new String[] {"at", "the", "moment"},
            new String[] {"in", "response"}, new String[] {"in", "turn"}, new String[] {"in", "the", "past"},
            new String[] {"in", "recent", "days"}, new String[] {"in", "recent", "weeks"},
            new String[] {"at", "the", "start"},
            new String[] {"in", "private"}, new String[] {"in", "public"}, new String[] {"at", "one", "point"});
    private static final Set<String> CLAUSELESS_STARTS = Set.of("on", "in", "at", "during", "via", "with", "for",
            "of", "about");
    private static final Set<String> PREPOSITION_BEFORE_QUOTE = Set.of("on", "in", "to", "at", "by", "from", "with");
    private static final Set<String> SUBORDINATE = Set.of("when", "if", "unless", "until", "because", "whether");

    /** No reported clause runs longer; it bounds the work per verb in run-on text. */
    private static final int MAX_CLAUSE_TOKENS = 150;

    private final Lexicons lexicons;
    private final MentionParser parser;

    RuleCandidateFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.parser = new MentionParser(lexicons);
    }

    @Override
    public Candidates find(SegmentedText text) {
        return new Run(text).find();
    }

    /** The state of one article's pass; never shared between threads. */
    private final class Run {
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
        Mention jointIssuers;

        Run(SegmentedText text) {
            this.text = text;
            this.body = text.body();
            this.quoted = text.quoted();
            this.quotations = quoted.quotations();
            this.usedQuote = new BitSet(quotations.size());
        }

        Candidates find() {
            transcript();
            for (int qi = 0; qi < quotations.size(); qi++) {
                if (!usedQuote.get(qi)) {
                    attributeQuotation(qi);
                }
            }
            for (Sentence s : text.sentences()) {
                if (!transcriptParagraph.get(s.paragraph())) {
                    reported(s);
                }
            }
            for (int qi = 0; qi < quotations.size(); qi++) {
                if (!usedQuote.get(qi)) {
                    leftOver(qi);
                }
            }
            out.sort(Comparator.comparingInt(Candidate::start));
            return new Candidates(text, dedupe(out), names());
        }

        // ---- transcripts: "PRESIDENT TRUMP: ..." turns, "Q:" questions ----

        void transcript() {
            List<TextSpan> paras = quoted.paragraphs();
            // a transcript repeats its speaker labels; headings of a fact sheet ("KEY TERMS:") do not repeat
            Map<String, Integer> labelCounts = new HashMap<>();
            boolean repeated = false;
            for (TextSpan p : paras) {
                Matcher m = LABEL.matcher(body.substring(p.start(), Math.min(p.end(), p.start() + 60)));
                if (m.lookingAt()) {
                    repeated |= labelCounts.merge(m.group(1).strip(), 1, Integer::sum) > 1;
                }
            }
            if (!repeated) {
                sourceAndQuoteLines();
                return;
            }
            Mention speaker = null;
            List<TextSpan> turn = new ArrayList<>();
            int turnPara = -1;
            for (int p = 0; p < paras.size(); p++) {
                TextSpan para = paras.get(p);
                Matcher m = LABEL.matcher(body.substring(para.start(), Math.min(para.end(), para.start() + 60)));
                String opening = body.substring(para.start(), Math.min(para.end(), para.start() + 12));
                boolean question = QUESTION_LINE.matcher(opening).lookingAt();
                if (question && turnPara >= 0) {
                    flushTurn(speaker, turn, turnPara); // "Q Will you meet him?": a question, not a statement
                    turn = new ArrayList<>();
                    speaker = null;
                    transcriptParagraph.set(p);
                } else if (m.lookingAt()) {
                    flushTurn(speaker, turn, turnPara);
                    turn = new ArrayList<>();
                    String label = m.group(1).strip();
                    speaker = QUESTION_LABELS.contains(label.replace(".", "")) ? null
                            : new Mention(label, new TextSpan(para.start(), para.start() + m.end(1)), Mention.Type.LABEL,
                                    labelName(label), null);
                    turnPara = p;
                    transcriptParagraph.set(p);
                    TextSpan rest = MarkQuoteFinder.trimmed(body, para.start() + m.end(), para.end());
                    if (rest.length() > 0) {
                        turn.add(rest);
                    }
                } else if (turnPara >= 0) {
                    transcriptParagraph.set(p);
                    turn.add(para);
                }
            }
            flushTurn(speaker, turn, turnPara);
            for (int qi = 0; qi < quotations.size(); qi++) {
                int para = paragraphOf(quotations.get(qi).open());
                if (para >= 0 && transcriptParagraph.get(para)) {
                    usedQuote.set(qi);
                }
            }
        }

        /** "PRESIDENT TRUMP" -> "Trump", "SECRETARY GENERAL RUTTE" -> "Rutte", "MS. LEAVITT" -> "Leavitt". */
        String labelName(String label) {
            List<String> kept = new ArrayList<>();
            for (String w : Names.words(label)) {
                String k = w.toLowerCase(java.util.Locale.ROOT).replace(".", "");
                if (!lexicons.isTitleWord(k) && !MentionParser.FUNCTION_CAPS.contains(k) && !k.isEmpty()) {
                    kept.add(k.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + k.substring(1));
                }
            }
            return kept.isEmpty() ? label : String.join(" ", kept);
        }

        void flushTurn(Mention speaker, List<TextSpan> turn, int para) {
            if (speaker != null && !turn.isEmpty()) {
                out.add(new Candidate(StatementKind.DIRECT, turn, speaker, null, Origin.TRANSCRIPT, -1, para));
            }
        }

        /** "Source: Zelenskyy in an interview with ITV" lines, read for the "Quote:" blocks that follow. */
        void sourceAndQuoteLines() {
            List<TextSpan> paras = quoted.paragraphs();
            for (int p = 0; p < paras.size(); p++) {
                String para = paras.get(p).of(body);
                if (para.startsWith("Source:")) {
                    Sentence s = text.sentenceAt(paras.get(p).start());
                    int i = s.tokenAt(paras.get(p).start() + 7);
                    MentionParser.Parsed parsed = parser.after(s, i, body);
                    if (parsed != null && parsed.mention().type() == Mention.Type.NAME) {
                        Mention m = parsed.mention();
                        sourceLines.put(p, new Mention(m.text(), m.span(), Mention.Type.LABEL, m.name(), m.role()));
                    }
                }
            }
        }

        // ---- quotations with their attribution ----

        void attributeQuotation(int qi) {
            Quotation q = quotations.get(qi);
            if (q.single() && words(q) < 3) {
                return;
            }
            Attribution after = attributionAfter(q, qi);
            if (after != null) {
                List<TextSpan> parts = new ArrayList<>(trimmedParts(q));
                usedQuote.set(qi);
                if (after.nextQuote >= 0) {
                    Quotation q2 = quotations.get(after.nextQuote);
                    parts.addAll(trimmedParts(q2));
                    usedQuote.set(after.nextQuote);
                }
                claimedVerbs.add(after.verbStart);
                Sentence s = text.sentenceAt(after.verbStart);
                sentenceSubject.put(s.index(), after.mention);
                TextSpan lead = after.nextQuote < 0 ? reportedLead(q) : null;
                if (lead != null) {
                    // "Russia views efforts … as “a drawn-out process,” a Kremlin spokesman said": reported, quoting
                    out.add(new Candidate(StatementKind.MIXED, List.of(lead), after.mention, after.cue,
                            Origin.QUOTE_AFTER, s.index(), s.paragraph()));
                    return;
                }
                out.add(new Candidate(StatementKind.DIRECT, parts, after.mention, after.cue, Origin.QUOTE_AFTER,
                        s.index(), s.paragraph()));
                return;
            }
            Attribution before = attributionBefore(q);
            if (before != null) {
                usedQuote.set(qi);
                claimedVerbs.add(before.verbStart);
                Sentence s = text.sentenceAt(before.verbStart);
                if (before.mention != null) {
                    sentenceSubject.put(s.index(), before.mention);
                }
                out.add(new Candidate(StatementKind.DIRECT, trimmedParts(q), before.mention, before.cue,
                        Origin.QUOTE_BEFORE, s.index(), s.paragraph()));
            }
        }

        /** When words of the same sentence lead into the quotation, the span from them through its closing mark. */
        TextSpan reportedLead(Quotation q) {
            Sentence s = text.sentenceAt(q.open());
            if (s == null) {
                return null;
            }
            int pi = quoted.firstQuotationFrom(s.span().start());
            if (pi < quotations.size() && quotations.get(pi).open() < q.open()) {
                return null;
            }
            List<Token> t = s.tokens();
            int start = skipDateline(s);
            int words = 0;
            for (int i = start; i < t.size() && t.get(i).start() < q.open(); i++) {
                if (t.get(i).isWord()) {
                    words++;
                }
            }
            if (words < 3) {
                return null;
            }
            String lead = body.substring(t.get(start).start(), q.open()).stripTrailing();
            if (lead.endsWith(":") || lead.endsWith(",")) {
                return null;
            }
            int end = q.closed() ? q.close() + 1 : q.last().end();
            return new TextSpan(t.get(start).start(), end);
        }

        /** The first token after a dateline ("KYIV, Ukraine (AP) —"), or 0. */
        int skipDateline(Sentence s) {
            List<Token> t = s.tokens();
            if (t.isEmpty() || !t.get(0).text().equals(t.get(0).text().toUpperCase(java.util.Locale.ROOT))
                    || t.get(0).text().length() < 2) {
                return 0;
            }
            for (int i = 1; i < Math.min(t.size(), 10); i++) {
                String x = t.get(i).text();
                if (x.equals("\u2014") || x.equals("\u2013") || x.equals("-") && i > 2) {
                    return Math.min(i + 1, t.size() - 1);
                }
            }
            return 0;
        }

        /** "…,” he said" / "…,” said Ryabkov" / "…,” he was quoted as saying": the attribution after a quotation. */
        Attribution attributionAfter(Quotation q, int qi) {
            if (!q.closed()) {
                return null;
            }
            Sentence s = text.sentenceAt(q.close());
            if (s == null) {
                return null;
            }
            List<Token> t = s.tokens();
            int qTok = s.tokenAt(q.open());
            if (qTok > 0 && qTok < t.size() && PREPOSITION_BEFORE_QUOTE.contains(t.get(qTok - 1).key()) && words(q) < 5) {
                return null; // "Speaking on “Fox News Sunday,” the envoy said …": a title in quotation marks
            }
            int k = s.tokenAt(q.close() + 1);
            int lower = k;
            char lastChar = body.charAt(q.last().end() - 1);
            if (k >= t.size()) {
                // "“Is it fair?” Trump asked." – the attribution is a sentence of its own
                Sentence next = s.index() + 1 < text.sentences().size() ? text.sentences().get(s.index() + 1) : null;
                if (next == null || next.paragraph() != s.paragraph() || next.tokens().size() > 10
                        || quoted.quotationAt(next.span().start()) != null) {
                    return null;
                }
                s = next;
                t = s.tokens();
                k = 0;
                lower = 0;
                if (attributionOnly(s, 0) < 0) {
                    return null;
                }
            }
            int punct = 0;
            while (k < t.size() && !t.get(k).isWord() && punct < 2 && ",.;:!?\u2014\u2013-".contains(t.get(k).text())) {
                k++;
                punct++;
            }
            lower = k;
            int nextQuoteIdx = qi + 1 < quotations.size() ? qi + 1 : -1;
            int stop = t.size();
            if (nextQuoteIdx >= 0) {
                int qs = s.tokenAt(quotations.get(nextQuoteIdx).open());
                stop = Math.min(stop, qs);
            }
            boolean sentenceBreak = (lastChar == '.' || lastChar == '\u2026') && k < t.size() && t.get(k).isCapitalised()
                    && !MentionParser.PRONOUNS.contains(t.get(k).key());
            int limit = Math.min(stop, k + 9);
            for (int v = k; v < limit; v++) {
                Token verb = t.get(v);
                if (!verb.isWord()) {
                    if (verb.text().equals(",") && v > k) {
                        int close = appositionClose(t, v, stop);
                        if (close < 0) {
                            break;
                        }
                        // "“…,” spokesman, Dmitry Peskov, said" / "“…,” Peskov, the Kremlin spokesman, said"
                        v = close;
                        limit = Math.min(stop, close + 4);
                    }
                    continue;
                }
                if (verb.is("according") && v + 1 < t.size() && t.get(v + 1).is("to") && v == k) {
                    MentionParser.Parsed p = parser.after(s, v + 2, body);
                    if (p != null) {
                        return new Attribution(p.mention(), "according to", verb.start(), p.last(),
                                splitQuote(s, p.last() + 1, qi), s);
                    }
                    return null;
                }
                if (!lexicons.isSpeechVerb(verb) || claimedVerbs.contains(verb.start())) {
                    continue;
                }
                Mention mention;
                int end;
                if (v == k) {
                    MentionParser.Parsed p = parser.after(s, v + 1, body);
                    if (p == null || verb.key().endsWith("ing") || p.mention().type() == Mention.Type.PRONOUN
                            && p.last() + 1 < t.size() && !(t.get(p.last() + 1).is(".") || t.get(p.last() + 1).is(","))) {
                        return null;
                    }
                    int rest = skipAdverbials(s, p.last() + 1);
                    if (rest < t.size() && t.get(rest).isWord() && !t.get(rest).is("who")
                            && !t.get(rest).is("known") && !t.get(rest).is("in") && !t.get(rest).is("at")) {
                        return null; // "“Italian” said Russia was …": the name is the subject of a clause, not a speaker
                    }
                    mention = p.mention();
                    end = p.last();
                } else {
                    MentionParser.Parsed p = parser.before(s, v, lower, body);
                    if (p == null || p.first() != lower && !onlyConnectives(t, lower, p.first())) {
                        return null;
                    }
                    mention = p.mention();
                    end = v;
                }
                int cueEnd = cueEnd(s, v);
                end = Math.max(end, cueEnd);
                int next = skipAdverbials(s, end + 1);
                if (next < t.size() && t.get(next).is("that")) {
                    return null; // "“…,” he acknowledged that …": the verb reports a clause of its own
                }
                if (sentenceBreak && attributionOnly(s, k) < 0) {
                    return null;
                }
                String cue = body.substring(cueStart(t, v), t.get(cueEnd).end());
                return new Attribution(mention, cue, verb.start(), end, splitQuote(s, end + 1, qi), s);
            }
            return null;
        }

        /**
         * When the comma at {@code comma} opens an apposition of a few words closed by a second comma that a speech
         * verb follows ("spokesman, Dmitry Peskov, said"), the index of that second comma, else -1.
         */
        int appositionClose(List<Token> t, int comma, int stop) {
            for (int j = comma + 1; j < Math.min(stop, comma + 14); j++) {
                Token x = t.get(j);
                if (x.text().equals(",")) {
                    if (j == comma + 1) {
                        return -1;
                    }
                    int v = j + 1;
                    while (v < stop && v < j + 3 && (t.get(v).is("also") || t.get(v).is("later") || t.get(v).is("then"))) {
                        v++;
                    }
                    return v < stop && lexicons.isSpeechVerb(t.get(v)) ? j : -1;
                }
                if (!x.isWord() && !x.text().equals(".") && !x.text().equals("'s") && !x.text().equals("\u2019s")
                        && !x.text().equals("-")) {
                    return -1;
                }
            }
            return -1;
        }

        /** When the quotation goes on right after its attribution ("“A,” he said, “B.”"), the index of its rest. */
        int splitQuote(Sentence s, int afterToken, int qi) {
            if (qi + 1 >= quotations.size()) {
                return -1;
            }
            Quotation next = quotations.get(qi + 1);
            Quotation q = quotations.get(qi);
            if (paragraphOf(next.open()) != paragraphOf(q.open()) || usedQuote.get(qi + 1)) {
                return -1;
            }
            List<Token> t = s.tokens();
            int i = afterToken;
            i = skipAdverbials(s, i);
            int punct = 0;
            while (i < t.size() && !t.get(i).isWord() && t.get(i).start() < next.open() && punct < 2) {
                i++;
                punct++;
            }
            int nextStart = i < t.size() ? t.get(i).start() : s.span().end();
            boolean adjacent = i < t.size() ? t.get(i).start() == next.open()
                    : body.substring(s.span().end(), next.open()).isBlank();
            if (!adjacent || nextStart > next.open()) {
                return -1;
            }
            return hasOwnAttribution(next) ? -1 : qi + 1;
        }

        /** Whether a speech verb follows the quotation closely ("“B,” he added"). */
        boolean hasOwnAttribution(Quotation q) {
            if (!q.closed()) {
                return false;
            }
            Sentence s = text.sentenceAt(q.close());
            if (s == null) {
                return false;
            }
            List<Token> t = s.tokens();
            int k = s.tokenAt(q.close() + 1);
            for (int i = k; i < Math.min(t.size(), k + 5); i++) {
                if (lexicons.isSpeechVerb(t.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether sentence {@code s} from token {@code k} is only "he said" with adverbials; its end or -1. */
        int attributionOnly(Sentence s, int k) {
            List<Token> t = s.tokens();
            for (int v = k; v < Math.min(t.size(), k + 8); v++) {
                if (lexicons.isSpeechVerb(t.get(v))) {
                    int end = skipAdverbials(s, cueEnd(s, v) + 1);
                    MentionParser.Parsed after = v == k ? parser.after(s, v + 1, body) : null;
                    if (after != null) {
                        end = skipAdverbials(s, after.last() + 1);
                    }
                    while (end < t.size() && !t.get(end).isWord()) {
                        end++;
                    }
                    return end >= t.size() ? end : -1;
                }
            }
            return -1;
        }

        /** "Zelensky wrote, “…”" / "Trump said: “…”": the attribution before a quotation ending its sentence. */
        Attribution attributionBefore(Quotation q) {
            Sentence s = text.sentenceAt(q.open());
            if (s == null) {
                return null;
            }
            List<Token> t = s.tokens();
            int qTok = s.tokenAt(q.open());
            // the quotation must end the sentence
            int afterQ = s.tokenAt(q.outer().end());
            for (int i = afterQ; i < t.size(); i++) {
                if (t.get(i).isWord()) {
                    return null;
                }
            }
            int lower = 0;
            Quotation prev = null;
            int pi = quoted.firstQuotationFrom(s.span().start());
            while (pi < quotations.size() && quotations.get(pi).open() < q.open()) {
                prev = quotations.get(pi);
                pi++;
            }
            if (prev != null) {
                lower = s.tokenAt(prev.outer().end());
            }
            int j = qTok - 1;
            if (j >= lower && (t.get(j).text().equals(":") || t.get(j).text().equals(","))) {
                j--;
            }
            if (j >= lower && t.get(j).is("that")) {
                j--;
            }
            for (int v = j; v >= lower && j - v < 7; v--) {
                Token verb = t.get(v);
                if (!verb.isWord()) {
                    return null;
                }
                if (lexicons.isSpeechVerb(verb) && !claimedVerbs.contains(verb.start()) && isVerbUse(s, v)) {
                    if (qTok > 0 && PREPOSITION_BEFORE_QUOTE.contains(t.get(qTok - 1).key()) && words(q) < 5) {
                        return null; // "said on “Fox News Sunday”": a title in quotation marks
                    }
                    Mention mention = subject(s, v, lower);
                    if (mention == null) {
                        return null;
                    }
                    String cue = body.substring(cueStart(t, v), t.get(Math.max(v, Math.min(j, cueEnd(s, v)))).end());
                    return new Attribution(mention, cue, verb.start(), v, -1, s);
                }
                if (!(verb.isCapitalised() || MEDIA_NOUNS.contains(verb.key()) || PLATFORMS.contains(verb.key())
                        || OBJECT_PRONOUNS.contains(verb.key()) || MentionParser.DETERMINERS.contains(verb.key())
                        || verb.is("on") || verb.is("in") || verb.is("to") || verb.is("at") || verb.is("with")
                        || verb.is("media") || verb.is("news"))) {
                    return null;
                }
            }
            return null;
        }

        // ---- reported speech ----

        void reported(Sentence s) {
            List<Token> t = s.tokens();
            if (!t.isEmpty() && t.get(t.size() - 1).is("?") && quoted.quotationAt(t.get(t.size() - 1).start()) == null) {
                return; // "What did Putin say about the ceasefire?": a question, not a report
            }
            for (int v = t.size() - 1; v > 0; v--) {
                Token verb = t.get(v);
                if (t.get(v).text().equals(",") && quoted.quotationAt(verb.start()) == null) {
                    break;
                }
                if (lexicons.isSpeechVerb(verb) && !claimedVerbs.contains(verb.start())
                        && quoted.quotationAt(verb.start()) == null && isVerbUse(s, v)) {
                    Mention mention = subject(s, v, 0);
                    Frame frame = lexicons.frame(verb);
                    int c = pastInvertedSubject(s, v, mention, complementStart(s, v, frame));
                    if (mention != null && wordsBetween(t, c, complementEnd(s, c)) == 0) {
                        int cueLast = Math.max(v, cueEnd(s, v));
                        String cue = body.substring(cueStart(t, v), t.get(Math.min(cueLast, t.size() - 1)).end());
                        inverted(s, v, mention, cue);
                    }
                    break;
                }
            }
            for (int v = 0; v < t.size(); v++) {
                Token verb = t.get(v);
                if (verb.is("according") && v + 1 < t.size() && t.get(v + 1).is("to")) {
                    accordingTo(s, v);
                    continue;
                }
                if (!lexicons.isSpeechVerb(verb) || claimedVerbs.contains(verb.start())
                        || quoted.quotationAt(verb.start()) != null || !isVerbUse(s, v)) {
                    continue;
                }
                reportedAt(s, v);
            }
        }

        void reportedAt(Sentence s, int v) {
            List<Token> t = s.tokens();
            Token verb = t.get(v);
            Frame frame = lexicons.frame(verb);
            boolean participle = verb.key().endsWith("ing") && v > 0
                    && (t.get(v - 1).text().equals(",") || t.get(v - 1).is("and") || t.get(v - 1).is("while")
                        || t.get(v - 1).is("by"));
            Mention mention = participle ? sharedSubject(s) : subject(s, v, 0);
            if (mention == null && v > 1 && t.get(v - 1).is("from") && verb.key().endsWith("ing")) {
                // "stopped the Kremlin from claiming ...": the speaker is the object before "from"
                MentionParser.Parsed p = parser.before(s, v - 1, 0, body);
                mention = p == null ? null : p.mention();
            }
            if (mention == null && v > 0 && (t.get(v - 1).is("and") || t.get(v - 1).is("but"))) {
                mention = thatClauseSubject(s, v); // "reported that Putin is open … and insists …"
            }
            if (mention == null && v > 0 && (t.get(v - 1).is("and") || t.get(v - 1).is("but")
                    || t.get(v - 1).is("also") && v > 1 && (t.get(v - 2).is("and") || t.get(v - 2).is("but")))) {
                mention = sharedSubject(s);
            }
            if (mention == null) {
                return;
            }
            int m = s.tokenAt(mention.span().start());
            if (m > 0 && (t.get(m - 1).is("which") && mention.type() == Mention.Type.PRONOUN || t.get(m - 1).is("what")
                    || t.get(m - 1).is("whom"))) {
                // "an agreement which he argued had failed", "what Trump had suggested", "whom the Kremlin claims had
                // US backing": object relatives
                return;
            }
            if (m > 0 && SUBORDINATE.contains(t.get(m - 1).key())) {
                return; // "angry when Putin criticised him": the circumstance of another statement
            }
            int c = pastInvertedSubject(s, v, mention, complementStart(s, v, frame));
            if (m > 0 && m == v - 1 && mention.type() == Mention.Type.PRONOUN && c == v + 1 && c < t.size()
                    && isBareNoun(t.get(m - 1)) && t.get(c).isWord() && !t.get(c).isCapitalised()
                    && t.get(c).key().endsWith("ed")) {
                return; // "a video it said showed Putin in Kursk": a relative clause on the noun, the article's words
            }
            int cueLast = Math.max(v, cueEnd(s, v));
            String cue = body.substring(cueStart(t, v), t.get(Math.min(cueLast, t.size() - 1)).end());
            int end = complementEnd(s, c);
            if (c >= end) {
                inverted(s, v, mention, cue);
                return;
            }
            for (int i = c; i < Math.min(end, c + 6); i++) {
                if (lexicons.isSpeechVerb(t.get(i)) && !t.get(i).key().endsWith("ing") && i > c && isVerbUse(s, i)
                        && parser.before(s, i, c, body) != null && parser.before(s, i, c, body).first() == c) {
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
            if (words < 2 || words < 3 && frame == Frame.THAT && !t.get(c - 1).is("that")) {
                if (words == 0) {
                    inverted(s, v, mention, cue);
                }
                return;
            }
            claimedVerbs.add(verb.start());
            sentenceSubject.put(s.index(), mention);
            // "... and that ...": one verb, two clauses
            int split = -1;
            for (int i = c + 2; i < end - 1; i++) {
                if (t.get(i).is("and") && t.get(i + 1).is("that") && quoted.quotationAt(t.get(i).start()) == null) {
                    split = i;
                    break;
                }
            }
            if (split > 0) {
                addReported(s, c, split, mention, cue, Origin.REPORTED);
                addReported(s, split + 2, end, mention, cue, Origin.REPORTED);
            } else {
                addReported(s, c, end, mention, cue, Origin.REPORTED);
            }
        }

        /** "The talks will go on, Peskov said." / "…, said the Kremlin.": the clause before its attribution. */
        void inverted(Sentence s, int v, Mention mention, String cue) {
            List<Token> t = s.tokens();
            int mFirst = s.tokenAt(mention.span().start());
            if (mFirst < v) {
                // "…, the Kremlin spokesman, Dmitry Peskov, said": the title before the name belongs to the attribution
                MentionParser.Parsed p = parser.before(s, v, 0, body);
                if (p != null && p.mention().span().equals(mention.span()) && p.first() < mFirst) {
                    int f = p.first();
                    while (f > 0 && f > p.first() - 4 && t.get(f - 1).isWord()) {
                        f--; // "the city administration head": words of the title the parser did not take
                    }
                    if (f > 0 && t.get(f - 1).text().equals(",")) {
                        mFirst = f;
                    }
                }
            }
            int comma = Math.min(mFirst, v) - 1;
            if (comma < 2 || !t.get(comma).text().equals(",") || comma > MAX_CLAUSE_TOKENS) {
                return;
            }
            int start = skipDateline(s);
            while (start < comma && !t.get(start).isWord() && quoted.quotationAt(t.get(start).start()) == null) {
                start++;
            }
            if (start >= comma) {
                return;
            }
            // a clause whose quotation another attribution already took is not ours
            for (int i = start; i < comma; i++) {
                int q = quoted.indexAt(t.get(i).start());
                if (claimedVerbs.contains(t.get(i).start()) || q >= 0 && usedQuote.get(q)) {
                    return;
                }
            }
            claimedVerbs.add(t.get(v).start());
            sentenceSubject.put(s.index(), mention);
            addReported(s, start, comma, mention, cue, Origin.REPORTED_BEFORE);
        }

        void accordingTo(Sentence s, int v) {
            List<Token> t = s.tokens();
            MentionParser.Parsed p = parser.after(s, v + 2, body);
            if (p == null) {
                for (int i = v + 2; i < Math.min(t.size() - 1, v + 7); i++) {
                    if (t.get(i).is("from") || t.get(i).is("by") || t.get(i).is("of")) {
                        p = parser.after(s, i + 1, body);
                        break;
                    }
                }
            }
            if (p == null || p.mention().type() == Mention.Type.PRONOUN) {
                return;
            }
            int pe = skipAdverbials(s, p.last() + 1);
            if (pe > p.last() + 1) {
                p = new MentionParser.Parsed(p.mention(), p.first(), pe - 1);
            }
            if (v == 0 || v == 1 && !t.get(0).isWord()) {
                int c = p.last() + 1;
                for (int i = c + 2; i < Math.min(t.size(), c + 8); i++) {
                    if (lexicons.isSpeechVerb(t.get(i)) && parser.before(s, i, c + 1, body) != null
                            && parser.before(s, i, c + 1, body).first() == c + 1) {
                        return; // "According to Reuters, Zelenskyy stressed ...": Zelenskyy's statement
                    }
                }
                if (c < t.size() && t.get(c).text().equals(",")) {
                    addReported(s, c + 1, complementEnd(s, c + 1), p.mention(), "according to", Origin.ACCORDING_TO);
                }
            } else if (t.get(v - 1).text().equals(",")) {
                for (int i = 0; i < v - 1; i++) {
                    int q = quoted.indexAt(t.get(i).start());
                    if (claimedVerbs.contains(t.get(i).start()) || q >= 0 && usedQuote.get(q)) {
                        return; // "“…,” he said, according to TASS": the source credit of an attributed quote
                    }
                }
                int after = p.last() + 1;
                while (after < t.size() && !t.get(after).isWord()) {
                    after++;
                }
                if (after >= t.size()) {
                    addReported(s, 0, v - 1, p.mention(), "according to", Origin.ACCORDING_TO);
                }
            }
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
                if (q.outer().end() <= start) {
                    continue;
                }
                inside++;
                usedQuote.set(i);
                if (q.open() == start && q.outer().end() >= end && inside == 1) {
                    kind = StatementKind.DIRECT;
                    parts = trimmedParts(q);
                } else {
                    kind = StatementKind.MIXED;
                    parts = List.of(new TextSpan(start, Math.max(end, Math.min(q.outer().end(), s.span().end()))));
                }
            }
            if (kind == StatementKind.MIXED) {
                parts = List.of(new TextSpan(start, end));
            }
            out.add(new Candidate(kind, parts, mention, cue, origin, s.index(), s.paragraph()));
        }

        int wordsBetween(List<Token> t, int from, int to) {
            int n = 0;
            for (int i = from; i < to && i < t.size(); i++) {
                if (t.get(i).isWord()) {
                    n++;
                }
            }
            return n;
        }

        boolean isTrailingPunct(Token t) {
            String x = t.text();
            return x.equals(".") || x.equals(",") || x.equals(";") || x.equals(":") || x.equals("\u2014")
                    || x.equals("\u2013") || x.equals("-") || x.equals("(");
        }

        /** A lower-case word that can end a noun phrase: not a function word, adverb or verb form of a clause. */
        boolean isBareNoun(Token x) {
            String k = x.key();
            return x.isWord() && !x.isCapitalised() && !MentionParser.FUNCTION_CAPS.contains(k) && !AUXILIARIES.contains(k)
                    && !SUBORDINATORS.contains(k) && !CONNECTIVES.contains(k) && !k.endsWith("ly") && !k.endsWith("ed")
                    && !k.equals("that") && !k.equals("which") && !k.equals("who") && !k.equals("or") && !k.equals("nor");
        }

        /** "…, said regional head Oleg Varin.": a clause start {@code c} inside the inverted subject moves past it. */
        int pastInvertedSubject(Sentence s, int v, Mention mention, int c) {
            if (mention == null || mention.span().start() <= s.tokens().get(v).start()) {
                return c;
            }
            int last = s.tokenAt(mention.span().end() - 1);
            return c <= last ? last + 1 : c;
        }

        /** Where the reported clause starts: after the verb, its object when it is "told X", adverbials, "that". */
        int complementStart(Sentence s, int v, Frame frame) {
            List<Token> t = s.tokens();
            int c = v + 1;
            String vk = t.get(v).key();
            if (c < t.size() && t.get(c).is("of") && (vk.startsWith("warn") || vk.startsWith("spoke"))) {
                c++;
            }
            if (TELL_VERBS.contains(vk)) {
                c = skipObject(s, c);
            }
            c = skipAdverbials(s, c);
            if (c < t.size() && (t.get(c).text().equals(":") || t.get(c).text().equals(","))
                    && c + 1 < t.size() && quoted.quotationAt(t.get(c + 1).start()) == null
                    && !(t.get(c).text().equals(",") && GLOSS.contains(t.get(c + 1).key()))) {
                c++;
                c = skipAdverbials(s, c);
            }
            if (c < t.size() && t.get(c).is("that") && frame != Frame.OBJ) {
                c++;
            } else if (c < t.size() && t.get(c).is("that") && c + 1 < t.size() && !t.get(c + 1).isWord()) {
                return c;
            } else if (c < t.size() && t.get(c).is("that")) {
                c++;
            }
            return c;
        }

        int skipObject(Sentence s, int c) {
            List<Token> t = s.tokens();
            if (c >= t.size()) {
                return c;
            }
            for (int i = c; i < Math.min(t.size(), c + 7); i++) {
                if (t.get(i).is("that")) {
                    return i;
                }
                if (!t.get(i).isWord()) {
                    break;
                }
            }
            Token o = t.get(c);
            if (o.isCapitalised() && !MentionParser.PRONOUNS.contains(o.key())) {
                int i = c;
                while (i < t.size() && (parser.isNameWord(t.get(i)) || t.get(i).is("of") || t.get(i).isWord()
                        && Character.isDigit(t.get(i).text().charAt(0)) || MentionParser.isPossessive(t.get(i)))) {
                    i++;
                }
                if (i < t.size() && (MEDIA_NOUNS.contains(t.get(i).key()) || OBJECT_NOUNS.contains(t.get(i).key()))) {
                    i++;
                }
                return i;
            }
            if (OBJECT_PRONOUNS.contains(o.key()) && !MentionParser.DETERMINERS.contains(o.key())) {
                return c + 1;
            }
            return c;
        }

        int skipAdverbials(Sentence s, int c) {
            List<Token> t = s.tokens();
            for (int guard = 0; guard < 6 && c < t.size(); guard++) {
                Token x = t.get(c);
                String k = x.key();
                if (PLAIN_ADVERBS.contains(k)
                        && !x.isCapitalised()) {
                    c++;
                } else if ((k.equals("on") || k.equals("last") || k.equals("this") || k.equals("early"))
                        && c + 1 < t.size()) {
                    Token n = t.get(c + 1);
                    String nk = n.key();
                    if (isTimeWord(nk)) {
                        c += 2;
                        while (c < t.size() && isTimeWord(t.get(c).key())) {
                            c++;
                        }
                    } else if (k.equals("on") && (PLATFORMS.contains(nk) || n.isCapitalised() && n.text().length() <= 9
                            && c + 2 < t.size() && !t.get(c + 2).isCapitalised())) {
                        c += 2;
                        while (c < t.size() && (PLATFORMS.contains(t.get(c).key()) || t.get(c).is("media")
                                || t.get(c).is("social") || t.get(c).isCapitalised() && t.get(c).isWord())) {
                            c++;
                        }
                    } else {
                        return c;
                    }
                } else if (fixedPhraseEnd(t, c) > c) {
                    c = fixedPhraseEnd(t, c);
                } else if ((k.equals("in") || k.equals("at") || k.equals("during") || k.equals("to") || k.equals("via")
                        || k.equals("through") || k.equals("after") || k.equals("before") || k.equals("with"))
                        && c + 1 < t.size()) {
                    int end = mediaPhraseEnd(s, c + 1);
                    if (end < 0) {
                        if (k.equals("to") && c + 1 < t.size() && OBJECT_PRONOUNS.contains(t.get(c + 1).key())
                                && !MentionParser.DETERMINERS.contains(t.get(c + 1).key())) {
                            c += 2;
                            continue;
                        }
                        return c;
                    }
                    c = end;
                } else if (x.text().equals(",") && c + 1 < t.size() && isTimeWord(t.get(c + 1).key())) {
                    c++;
                } else if (isTimeWord(k) && x.isCapitalised()) {
                    c++; // "said Monday"
                } else {
                    return c;
                }
            }
            return c;
        }

        /** The end of a fixed adverbial ("at the time", "in response") starting at {@code c}, or {@code c}. */
        int fixedPhraseEnd(List<Token> t, int c) {
            for (String[] phrase : FIXED_ADVERBIALS) {
                int i = 0;
                while (i < phrase.length && c + i < t.size() && t.get(c + i).is(phrase[i])) {
                    i++;
                }
                if (i == phrase.length) {
                    return c + i;
                }
            }
            return c;
        }

        /** "a statement on Sunday", "an interview with NBC News", "a news conference in Kyiv": its end or -1. */
        int mediaPhraseEnd(Sentence s, int c) {
            List<Token> t = s.tokens();
            int i = c;
            int limit = Math.min(t.size(), c + 6);
            boolean found = false;
            while (i < limit && t.get(i).isWord()) {
                if (MEDIA_NOUNS.contains(t.get(i).key()) || t.get(i).key().endsWith("statement")) {
                    found = true;
                    i++;
                    break;
                }
                if (t.get(i).is("that")) {
                    return -1;
                }
                i++;
            }
            if (!found) {
                return -1;
            }
            // "with NBC News", "on X", "in Kyiv", "to the nation"
            if (i + 1 < t.size() && (t.get(i).is("with") || t.get(i).is("on") || t.get(i).is("in")
                    || t.get(i).is("to") || t.get(i).is("from") || t.get(i).is("at"))) {
                int j = i + 1;
                if (j < t.size() && (MentionParser.DETERMINERS.contains(t.get(j).key()) || t.get(j).is("his")
                        || t.get(j).is("her"))) {
                    j++;
                }
                int k = j;
                // "a call with the Russian leader", "talks with his Finnish counterpart": title words end the name
                while (k < t.size() && (parser.isNameWord(t.get(k)) || PLATFORMS.contains(t.get(k).key())
                        || t.get(k).is("media") || isTimeWord(t.get(k).key())
                        || t.get(k).isWord() && lexicons.isTitleWord(t.get(k).lower()))) {
                    k++;
                }
                if (k > j) {
                    i = k;
                }
            }
            return i;
        }

        boolean isTimeWord(String k) {
            return TIME_NOUNS.contains(k);
        }

        /** Where the reported clause ends: sentence end, ";", or a gloss / the next coordinated speech verb. */
        int complementEnd(Sentence s, int c) {
            List<Token> t = s.tokens();
            int limit = Math.min(t.size(), c + MAX_CLAUSE_TOKENS);
            for (int i = c; i < limit; i++) {
                Token x = t.get(i);
                Quotation inside = quoted.quotationAt(x.start());
                if (inside != null) {
                    boolean closing = inside.closed() && inside.close() == x.start()
                            && body.charAt(inside.last().end() - 1) == ',';
                    if (closing && i + 2 < t.size() && (nextAttribution(s, i)
                            || MentionParser.PRONOUNS.contains(t.get(i + 1).key()) && lexicons.isSpeechVerb(t.get(i + 2)))) {
                        return i + 1; // "insisted that “we are making progress,” he acknowledged that …"
                    }
                    continue;
                }
                String k = x.key();
                if (k.equals(";")) {
                    return i;
                }
                if (x.text().equals(",") && i + 1 < t.size()) {
                    Token n = t.get(i + 1);
                    if (n.is("which") || n.is("who") || n.is("where")) {
                        int close = -1;
                        for (int j = i + 2; j < t.size(); j++) {
                            if (t.get(j).text().equals(",")) {
                                close = j;
                                break;
                            }
                        }
                        if (close > 0 && close + 1 < t.size() && !t.get(close + 1).isCapitalised()) {
                            i = close; // a relative clause between commas: the reported clause goes on after it
                            continue;
                        }
                    }
                    if (GLOSS.contains(n.key()) && !(n.is("as") && i + 2 < t.size() && t.get(i + 2).is("well"))
                            || lexicons.isSpeechVerb(n) && n.key().endsWith("ing")
                            || (n.is("and") || n.is("but")) && i + 2 < t.size()
                                && (lexicons.isSpeechVerb(t.get(i + 2)) || t.get(i + 2).is("that")
                                    || t.get(i + 2).is("also") || t.get(i + 2).is("then"))) {
                        return i;
                    }
                    if (nextAttribution(s, i)) {
                        return i; // "the White House said X, the Kremlin declared Y": the next speaker's clause
                    }
                    if (t.size() - i <= 14 && trailingAttribution(s, i)) {
                        return i; // "…, US President Donald Trump has warned."
                    }
                    if (n.is("and") && i + 2 < t.size() && parser.isNameWord(t.get(i + 2))) {
                        return i; // ", and U.S. officials have had talks": a new clause of the narration
                    }
                    if (n.is("and")) {
                        for (int j = i + 2; j < Math.min(t.size(), i + 12); j++) {
                            if (lexicons.isSpeechVerb(t.get(j)) && quoted.quotationAt(t.get(j).start()) == null) {
                                return i; // ", and a spokesperson … said …": the next attribution's own clause
                            }
                        }
                    }
                    // an inner attribution: "any settlement, he said, must ..." ends this clause
                    if (i + 2 < t.size() && lexicons.isSpeechVerb(t.get(i + 2))
                            && MentionParser.PRONOUNS.contains(n.key())) {
                        return i;
                    }
                }
                if ((k.equals("and") || k.equals("but")) && i + 1 < t.size() && i > c
                        && lexicons.isSpeechVerb(t.get(i + 1)) && isVerbUse(s, i + 1)) {
                    return i;
                }
                boolean spacedHyphen = k.equals("-") && i > 0 && t.get(i - 1).end() < x.start();
                if ((k.equals("\u2014") || k.equals("\u2013") || spacedHyphen) && i > c) {
                    int close = -1;
                    for (int j = i + 1; j < limit; j++) {
                        if (t.get(j).text().equals(k)) {
                            close = j;
                            break;
                        }
                    }
                    if (close > 0 && close + 1 < t.size() && t.get(close + 1).isWord()) {
                        i = close; // "its demands - as set out by Putin - remained": a parenthetical
                        continue;
                    }
                    return i;
                }
            }
            return limit;
        }

        /** Whether a new subject and its speech verb follow the comma at {@code comma} directly. */
        boolean nextAttribution(Sentence s, int comma) {
            List<Token> t = s.tokens();
            for (int j = comma + 2; j < Math.min(t.size(), comma + 9); j++) {
                if (lexicons.isSpeechVerb(t.get(j)) && quoted.quotationAt(t.get(j).start()) == null) {
                    MentionParser.Parsed p = parser.before(s, j, comma + 1, body);
                    return p != null && p.first() == comma + 1 && p.mention().type() != Mention.Type.PRONOUN
                            && j + 1 < t.size() && t.get(j + 1).isWord();
                }
            }
            return false;
        }

        /** Whether the words after the comma at {@code comma} are only an attribution ending the sentence. */
        boolean trailingAttribution(Sentence s, int comma) {
            List<Token> t = s.tokens();
            for (int v = comma + 1; v < t.size(); v++) {
                if (lexicons.isSpeechVerb(t.get(v))) {
                    MentionParser.Parsed p = parser.before(s, v, comma + 1, body);
                    int after;
                    if (p != null && p.first() == comma + 1) {
                        after = skipAdverbials(s, cueEnd(s, v) + 1);
                    } else if (v == comma + 1) {
                        MentionParser.Parsed a = parser.after(s, v + 1, body);
                        if (a == null) {
                            return false;
                        }
                        after = skipAdverbials(s, a.last() + 1);
                    } else {
                        return false;
                    }
                    return wordsBetween(t, after, t.size()) == 0;
                }
            }
            return false;
        }

        /** The speaker of the verb at {@code v}: the phrase before it, or after it when inverted. */
        Mention subject(Sentence s, int v, int lower) {
            MentionParser.Parsed p = parser.before(s, v, lower, body);
            if (p != null) {
                return p.mention();
            }
            List<Token> t = s.tokens();
            // "..., said Ryabkov." inverted; "..., told Russian state TV." names whom it was told
            if (v > 0 && t.get(v - 1).text().equals(",") && !TELL_VERBS.contains(t.get(v).key())) {
                MentionParser.Parsed a = parser.after(s, v + 1, body);
                if (a != null && a.mention().type() != Mention.Type.PRONOUN) {
                    int after = a.last() + 1;
                    after = skipAdverbials(s, after);
                    if (after >= t.size() || !t.get(after).isWord()) {
                        return a.mention();
                    }
                }
            }
            return null;
        }

        /** The subject of the nearest "that" clause before {@code v}, when no speech verb came in between. */
        Mention thatClauseSubject(Sentence s, int v) {
            List<Token> t = s.tokens();
            for (int i = v - 1; i >= 0 && i > v - 30; i--) {
                if (lexicons.isSpeechVerb(t.get(i)) || t.get(i).text().equals(";")) {
                    return null;
                }
                if (t.get(i).is("that") && i > 0 && !lexicons.isSpeechVerb(t.get(i - 1))) {
                    MentionParser.Parsed p = parser.after(s, i + 1, body);
                    return p != null && p.mention().type() == Mention.Type.NAME ? p.mention() : null;
                }
            }
            return null;
        }

        /** The subject another verb of this sentence already has, or the sentence's opening noun phrase. */
        Mention sharedSubject(Sentence s) {
            Mention m = sentenceSubject.get(s.index());
            if (m != null) {
                return m;
            }
            List<Token> t = s.tokens();
            int i = 0;
            for (int k = 0; k < Math.min(t.size(), 10); k++) {
                if (t.get(k).text().equals(",") && !parser.isNameWord(t.get(0))) {
                    i = k + 1;
                    break;
                }
            }
            MentionParser.Parsed p = parser.after(s, i, body);
            if (p == null && i > 0) {
                p = parser.after(s, 0, body);
            }
            if (p != null && !verbFollows(t, p.last() + 1)) {
                return null; // "An Oval Office meeting …, telling him": the phrase is not the subject of a verb
            }
            if (p == null && i < t.size() && MentionParser.PRONOUNS.contains(t.get(i).key())) {
                Token x = t.get(i);
                return new Mention(x.text(), new TextSpan(x.start(), x.end()), Mention.Type.PRONOUN, null, null);
            }
            return p == null ? null : p.mention();
        }

        /** Whether the token at {@code i} looks like the finite verb (or its auxiliary) of a subject before it. */
        boolean verbFollows(List<Token> t, int i) {
            if (i >= t.size() || !t.get(i).isWord() || t.get(i).isCapitalised()) {
                return false;
            }
            String k = t.get(i).key();
            return k.endsWith("ed") || k.endsWith("s") && !k.endsWith("ss") || AUXILIARIES.contains(k)
                    || lexicons.isSpeechVerb(t.get(i)) || k.endsWith("ly");
        }

        /** Rejects speech verbs used as nouns or adjectives, passives and "is said to". */
        boolean isVerbUse(Sentence s, int v) {
            List<Token> t = s.tokens();
            Token verb = t.get(v);
            String vk = verb.key();
            if (v > 0) {
                Token p = t.get(v - 1);
                String pk = p.key();
                if (MentionParser.DETERMINERS.contains(pk) || NOUN_MARKERS.contains(pk)
                        || pk.endsWith("'s") || p.text().equals("-") && p.end() == verb.start()
                        || lexicons.isSpeechVerb(p) && !pk.endsWith("ing")
                        && !p.is("said") || p.text().equals("(")) {
                    return false;
                }
                int b = v - 1;
                while (b > 0 && (t.get(b).is("not") || t.get(b).is("n't") || t.get(b).is("never")
                        || t.get(b).key().endsWith("ly") && !t.get(b).isCapitalised())) {
                    b--;
                }
                boolean passive = BE_FORMS.contains(t.get(b).key());
                if (passive && !vk.endsWith("ing")) {
                    return false;
                }
            }
            if (v + 1 < s.tokens().size()) {
                Token n = t.get(v + 1);
                if (n.is("by") && !vk.endsWith("ing") || vk.equals("said") && n.is("to") && v + 2 < t.size()
                        && t.get(v + 2).is("be")) {
                    return false;
                }
            }
            // "the deal announced Tuesday could only ...": a participle after a noun, its noun the modal's subject
            int after = v + 1;
            while (after < t.size() && after < v + 4 && (TIME_NOUNS.contains(t.get(after).key())
                    || PLAIN_ADVERBS.contains(t.get(after).key()) && !t.get(after).isCapitalised())) {
                after++;
            }
            if (after < t.size() && MODALS.contains(t.get(after).key())) {
                return false;
            }
            // base forms and -s forms double as nouns: need a subject or a modal right before
            if (!vk.endsWith("ed") && !vk.endsWith("ing") && !SAFE_VERB_FORMS.contains(vk)) {
                if (v == 0) {
                    return false;
                }
                String pk = t.get(v - 1).key();
                boolean supported = DO_SUPPORT.contains(pk); // "did say" reports; "could say", "will say" do not
                String pt = t.get(v - 1).key();
                boolean demonym = pt.endsWith("ian") || pt.endsWith("ese") || pt.endsWith("ish") || pt.endsWith("ean");
                boolean named = parser.isNameWord(t.get(v - 1)) && !MentionParser.isPossessive(t.get(v - 1)) && !demonym;
                if (!supported && !named) {
                    return false;
                }
            }
            if (vk.endsWith("ing") && v > 0) {
                String pk = t.get(v - 1).key();
                if (!(t.get(v - 1).text().equals(",") || PARTICIPLE_CONTEXT.contains(pk) || pk.equals("from"))) {
                    return false;
                }
            }
            return true;
        }

        int cueStart(List<Token> t, int v) {
            int i = v;
            while (i > 0 && CUE_PREFIX.contains(t.get(i - 1).key())) {
                i--;
            }
            return t.get(i).start();
        }

        /** The last token of the cue: the verb, "told reporters", "wrote on X", "warned of". */
        int cueEnd(Sentence s, int v) {
            List<Token> t = s.tokens();
            String vk = t.get(v).key();
            int e = v;
            if (TELL_VERBS.contains(vk)) {
                int o = skipObject(s, v + 1);
                if (o > v + 1 && o - 1 < t.size() && !t.get(o - 1).is("that")) {
                    e = o - 1;
                }
            } else if (v + 2 < t.size() && t.get(v + 1).is("on") && PLATFORMS.contains(t.get(v + 2).key())) {
                e = v + 2;
                if (e + 1 < t.size() && (t.get(e + 1).is("media") || t.get(e + 1).is("social"))) {
                    e++;
                }
            } else if (v + 1 < t.size() && t.get(v + 1).is("of") && vk.startsWith("warn")) {
                e = v + 1;
            }
            return Math.min(e, t.size() - 1);
        }

        boolean onlyConnectives(List<Token> t, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!CONNECTIVES.contains(t.get(i).key())) {
                    return false;
                }
            }
            return true;
        }

        // ---- quotations left over ----

        void leftOver(int qi) {
            Quotation q = quotations.get(qi);
            int para = paragraphOf(q.open());
            if (para < 0) {
                return;
            }
            TextSpan p = quoted.paragraphs().get(para);
            String lead = body.substring(p.start(), q.open()).strip();
            Sentence s = text.sentenceAt(q.open());
            if (isLabel(lead) && !lead.equals("Source:")) {
                Mention source = null;
                for (int back = para - 1; back >= 0 && back >= para - 6 && source == null; back--) {
                    source = sourceLines.get(back);
                }
                if (source == null && lead.equals("Statement:")) {
                    source = jointStatementIssuers(q.open());
                }
                usedQuote.set(qi);
                out.add(new Candidate(StatementKind.DIRECT, trimmedParts(q), source, null, Origin.QUOTE_BLOCK,
                        s == null ? -1 : s.index(), para));
                return;
            }
            int words = words(q);
            boolean opensParagraph = lead.isEmpty();
            boolean opensSentence = s != null && s.span().start() == q.open() && endsSentence(s, q);
            if (opensParagraph && (q.parts().size() > 1 || words >= LONG_QUOTE_WORDS) && previousSpeakerFar(para)) {
                // a long statement in quotation marks with nobody named: a release quoting its issuer
                usedQuote.set(qi);
                out.add(new Candidate(StatementKind.DIRECT, trimmedParts(q), null, null, Origin.QUOTE_BLOCK,
                        s == null ? -1 : s.index(), para));
            } else if (opensParagraph && words >= 3 || opensSentence && words >= 5 && previousSentenceSpoke(s)) {
                usedQuote.set(qi);
                out.add(new Candidate(StatementKind.DIRECT, trimmedParts(q), null, null, Origin.FOLLOW_ON,
                        s == null ? -1 : s.index(), para));
            }
        }

        /** "a joint US-Ukraine statement" before a "Statement:" block: the issuers, "US and Ukraine". */
        Mention jointStatementIssuers(int before) {
            if (jointIssuers == null) {
                Matcher m = JOINT_STATEMENT.matcher(body);
                jointIssuers = m.find() && m.start() < before
                        ? new Mention(m.group(1), new TextSpan(m.start(1), m.end(1)), Mention.Type.LABEL,
                                m.group(1).replace("-", " and "), null)
                        : NO_ISSUERS;
            }
            return jointIssuers == NO_ISSUERS ? null : jointIssuers;
        }

        /** "Quote:", "Statement:": one capitalised word and a colon. */
        boolean isLabel(String lead) {
            if (lead.length() < 3 || !lead.endsWith(":") || !Character.isUpperCase(lead.charAt(0))) {
                return false;
            }
            for (int i = 1; i < lead.length() - 1; i++) {
                if (!Character.isLowerCase(lead.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the sentence before {@code s}, in its paragraph, holds a statement. */
        boolean previousSentenceSpoke(Sentence s) {
            for (int i = out.size() - 1; i >= 0; i--) {
                int si = out.get(i).sentence();
                if (si == s.index() - 1) {
                    return out.get(i).paragraph() == s.paragraph();
                }
            }
            return false;
        }

        /** Whether no statement was found in the few paragraphs before {@code para}. */
        boolean previousSpeakerFar(int para) {
            for (int i = out.size() - 1; i >= 0; i--) {
                if (out.get(i).paragraph() <= para) {
                    return para - out.get(i).paragraph() > 3;
                }
            }
            return true;
        }

        boolean endsSentence(Sentence s, Quotation q) {
            List<Token> t = s.tokens();
            for (int i = s.tokenAt(q.outer().end()); i < t.size(); i++) {
                if (t.get(i).isWord()) {
                    return false;
                }
            }
            return true;
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

        /** Drops a candidate whose content another one already covers (the same words found twice). */
        List<Candidate> dedupe(List<Candidate> sorted) {
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
        boolean sameMention(Candidate a, Candidate b) {
            return a.mention() == null || b.mention() == null || a.mention().text().equals(b.mention().text());
        }

        /** Every proper-name phrase of the article, with the role given beside it. */
        List<Mention> names() {
            List<Mention> names = new ArrayList<>();
            for (Sentence s : text.sentences()) {
                List<Token> t = s.tokens();
                int i = 0;
                while (i < t.size()) {
                    Token x = t.get(i);
                    boolean starts = x.isWord() && (parser.isNameWord(x) || lexicons.isTitleWord(x.lower()));
                    if (!starts) {
                        i++;
                        continue;
                    }
                    MentionParser.Parsed p = parser.after(s, i, body);
                    if (p == null) {
                        i++;
                        continue;
                    }
                    if (p.mention().type() == Mention.Type.NAME) {
                        names.add(p.mention());
                    }
                    i = Math.max(i + 1, p.last() + 1);
                }
            }
            return names;
        }
    }

    /** An attribution found next to a quotation. */
    private record Attribution(Mention mention, String cue, int verbStart, int lastToken, int nextQuote, Sentence sentence) {
    }
}
