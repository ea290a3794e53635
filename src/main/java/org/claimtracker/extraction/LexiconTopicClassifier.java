package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topics from phrase lexicons over the statement's content (and its cue, which often carries the position:
 * "rejected calls for a ceasefire"); the stance on each topic read by {@link StanceReader} from the clause that
 * mentions it, with the rule, cue and confidence that decided it. A topic named only in passing is not assigned;
 * a topic named several times takes the most confident reading. Said-on from the cue sentence's time words.
 */
final class LexiconTopicClassifier implements TopicClassifier {

    private static final List<String> DEAL_TOPICS = List.of("MINERALS_DEAL", "CEASEFIRE", "NEGOTIATIONS");
    private static final List<String> GENERIC_DEAL = List.of("deal", "agreement", "fund", "partnership",
            "terms", "accord", "pact");
    private static final List<String> DEAL_DETERMINERS = List.of("the", "this", "that", "a", "our", "such", "any",
            "new", "proposed", "final", "some", "its", "their");
    private static final List<List<String>> DEAL_ANCHORS = List.of(
            List.of("minerals deal", "mineral deal", "minerals agreement", "resources deal", "rare earth",
                    "investment fund", "critical minerals"),
            List.of("ceasefire deal", "ceasefire agreement", "truce"),
            List.of("peace deal", "peace agreement", "peace plan"));

    private static final double REFERENCE_DISCOUNT = 0.8;
    private static final Pattern TRAILING_CONDITION = Pattern.compile(
            "\\s*[,;\u2014\u2013-]?\\s*(?:but\\s+)?(?:only\\s+(?:if|when|after|once)|unless|provided\\s+that|as\\s+long\\s+as|on\\s+(?:the\\s+)?condition)\\b",
            Pattern.CASE_INSENSITIVE);

    private final TopicLexicon lexicon;
    private final StanceReader reader = new StanceReader();
    private final SaidOnResolver saidOn = new SaidOnResolver();

    LexiconTopicClassifier(TopicLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public ArticleAnalysis classify(AttributedText attributed) {
        SegmentedText text = attributed.candidates().text();
        String body = text.body();
        List<ExtractedStatement> out = new ArrayList<>();
        int[] deals = null;
        int[] starts = attributed.statements().stream().mapToInt(a -> a.candidate().start()).sorted().toArray();
        for (AttributedStatement a : attributed.statements()) {
            Candidate c = a.candidate();
            List<TextSpan> parts = withTrailingCondition(text, c, starts);
            StringBuilder content = new StringBuilder();
            for (TextSpan p : parts) {
                if (content.length() > 0) {
                    content.append(' ');
                }
                content.append(body, p.start(), p.end());
            }
            String statementText = content.toString();
            ClauseText analysed = ClauseText.of((c.cue() == null ? "" : c.cue() + " ") + statementText);
            List<StanceCues.Found> cues = lexicon.cues().find(analysed);
            Sentence s = c.sentence() >= 0 ? text.sentences().get(c.sentence()) : text.sentenceAt(c.start());
            Map<String, StanceCall> calls = calls(analysed, cues, () -> context(text, s, c) + " " + statementText);
            int generic = genericDeal(analysed);
            if (generic >= 0 && deals == null) {
                deals = dealMentions(body.toLowerCase(java.util.Locale.ROOT)); // once, and only when needed
            }
            String deal = generic < 0 ? null : dealBefore(c.start(), deals);
            if (deal != null && DEAL_TOPICS.stream().noneMatch(calls::containsKey)) {
                StanceCall call = reader.read(analysed, cues, generic, generic + 1,
                        lexicon.topic(deal).defaultStance());
                if (call != null && analysed.word(generic).equals("terms")) {
                    // "reopen some terms": a claim about the deal's contents, not a side taken on the deal itself
                    call = new StanceCall(Stance.NEUTRAL, call.confidence() * REFERENCE_DISCOUNT, "deal-terms", call.cue());
                }
                if (call != null) {
                    calls.put(deal, call);
                }
            }
            if (calls.isEmpty()) {
                calls = referredTopics(analysed, cues, context(text, s, c));
            }
            out.add(ExtractedStatement.withCalls(c.kind(), parts, statementText, a.speaker(),
                    c.mention() == null ? null : c.mention().text(), c.cue(), a.decidedBy(), a.confidence(),
                    saidOn.resolve(s == null ? "" : window(body, s.span(), c), text.quoted().article().date()),
                    calls));
        }
        return new ArticleAnalysis(out, attributed.roles());
    }

    /**
     * The cue sentence, bounded around the statement so a run-on "sentence" costs no more than a real one, with the
     * statement's own words blanked: "talks resume on Friday" dates the talks, not the day it was said.
     */
    private static String window(String body, TextSpan sentence, Candidate c) {
        int start = Math.max(sentence.start(), c.start() - 200);
        int end = Math.max(start, Math.min(sentence.end(), c.parts().get(c.parts().size() - 1).end() + 120));
        char[] window = body.substring(start, end).toCharArray();
        for (TextSpan part : c.parts()) {
            for (int i = Math.max(part.start(), start); i < Math.min(part.end(), end); i++) {
                window[i - start] = ' ';
            }
        }
        return new String(window);
    }

    /**
     * Reported speech whose clause stops before a condition attached to it ("would join the talks, but only if the
     * rebels disarm first") takes the condition in: it is part of what was said, and it makes the stance CONDITIONAL.
     * The condition runs to the end of its sentence, never into the next statement.
     */
    private static List<TextSpan> withTrailingCondition(SegmentedText text, Candidate c, int[] starts) {
        TextSpan last = c.parts().get(c.parts().size() - 1);
        int next = java.util.Arrays.binarySearch(starts, last.end());
        next = next >= 0 ? next : -next - 1;
        int nextStart = next < starts.length ? starts[next] : text.body().length();
        if (c.kind() == StatementKind.DIRECT) {
            return c.parts();
        }
        Sentence sentence = text.sentenceAt(last.end() > 0 ? last.end() - 1 : 0);
        if (sentence == null || sentence.span().end() <= last.end()) {
            return c.parts();
        }
        String body = text.body();
        int limit = Math.min(sentence.span().end(), nextStart);
        if (limit <= last.end()) {
            return c.parts();
        }
        Matcher m = TRAILING_CONDITION.matcher(body).region(last.end(), limit);
        if (!m.lookingAt()) {
            return c.parts();
        }
        int end = limit;
        while (end > last.end() && ".!? \n\"\u201d".indexOf(body.charAt(end - 1)) >= 0) {
            end--;
        }
        List<TextSpan> parts = new ArrayList<>(c.parts());
        parts.set(parts.size() - 1, new TextSpan(last.start(), end));
        return parts;
    }

    /**
     * A statement naming no topic but referring back ("rejected the idea", "the proposal") takes up the topics the
     * context names, each read at the referring words, at lower confidence: the link is an inference.
     */
    private Map<String, StanceCall> referredTopics(ClauseText text, List<StanceCues.Found> cues, String context) {
        Map<String, StanceCall> calls = new LinkedHashMap<>();
        StanceCues.Found reference = cues.stream().filter(f -> f.role() == StanceCues.Role.REFERENCE).findFirst()
                .orElse(null);
        if (reference == null || context.isBlank()) {
            return calls;
        }
        ClauseText before = ClauseText.of(context);
        for (PhraseIndex.Match m : lexicon.topicMatches(before.words(), () -> context)) {
            TopicLexicon.Topic topic = lexicon.topics().get(m.id());
            StanceCall call = reader.read(text, cues, reference.from(), reference.to(), topic.defaultStance());
            if (call != null && !calls.containsKey(topic.code())) {
                calls.put(topic.code(), new StanceCall(call.stance(), call.confidence() * REFERENCE_DISCOUNT,
                        "reference+" + call.rule(), call.cue()));
            }
        }
        return calls;
    }

    /** The sentence before the statement's and its own sentence up to the statement: what "the idea" can refer to. */
    private static String context(SegmentedText text, Sentence own, Candidate c) {
        if (own == null) {
            return "";
        }
        int from = own.index() > 0 ? text.sentences().get(own.index() - 1).span().start() : own.span().start();
        int to = Math.max(from, Math.min(c.start(), own.span().end()));
        return text.body().substring(from, Math.min(to, from + 600));
    }

    /** Each topic the statement takes up, with the most confident reading among its mentions. */
    private Map<String, StanceCall> calls(ClauseText text, List<StanceCues.Found> cues,
            java.util.function.Supplier<String> context) {
        Map<String, StanceCall> calls = new LinkedHashMap<>();
        for (PhraseIndex.Match m : lexicon.topicMatches(text.words(), context)) {
            TopicLexicon.Topic topic = lexicon.topics().get(m.id());
            StanceCall call = reader.read(text, cues, m.from(), m.to(), topic.defaultStance());
            if (call != null) {
                calls.merge(topic.code(), call, (old, now) -> now.confidence() > old.confidence() ? now : old);
            }
        }
        return calls;
    }

    /**
     * Offsets of explicit deal names in the article, as pairs (offset, topic index), so that "the deal" in a
     * statement can be read as the deal the article last named: the minerals deal, a ceasefire or a peace deal.
     */
    private int[] dealMentions(String body) {
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < DEAL_TOPICS.size(); k++) {
            for (String phrase : DEAL_ANCHORS.get(k)) {
                int from = 0;
                while (from < body.length()) {
                    int i = body.indexOf(phrase, from);
                    if (i < 0) {
                        break;
                    }
                    found.add(i);
                    found.add(k);
                    from = i + phrase.length();
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < found.size(); i += 2) {
            pairs.add(new int[] {found.get(i), found.get(i + 1)});
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] out = new int[found.size()];
        for (int i = 0; i < pairs.size(); i++) {
            out[2 * i] = pairs.get(i)[0];
            out[2 * i + 1] = pairs.get(i)[1];
        }
        return out;
    }

    /** The word index of "the deal", "this agreement" (a deal named before; "a nuclear deal" is another), or -1. */
    private static int genericDeal(ClauseText text) {
        for (int i = 1; i < text.size(); i++) {
            boolean ofDeal = i + 1 < text.size() && text.word(i + 1).equals("of"); // "the terms of the agreement"
            if (GENERIC_DEAL.contains(text.word(i)) && DEAL_DETERMINERS.contains(text.word(i - 1)) && !ofDeal) {
                return i;
            }
        }
        return -1;
    }

    private static String dealBefore(int offset, int[] deals) {
        // deals holds (offset, topic) pairs sorted by offset: find the last pair before offset
        int lo = 0;
        int hi = deals.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (deals[2 * mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : DEAL_TOPICS.get(deals[2 * (lo - 1) + 1]);
    }
}
