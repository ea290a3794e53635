package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topics from phrase lexicons over the statement's content (and its cue, which often carries the position:
 * "rejected calls for a ceasefire"); the stance from cues in the same text: a condition makes it CONDITIONAL, a
 * rejection or negation OPPOSES, otherwise the topic's default. Said-on from the cue sentence's time words.
 */
final class LexiconTopicClassifier implements TopicClassifier {

    private static final int NEAR = 80;
    private static final List<String> DEAL_TOPICS = List.of("MINERALS_DEAL", "CEASEFIRE", "NEGOTIATIONS");
    private static final List<String> GENERIC_DEAL = List.of("deal", "agreement", "fund", "partnership");
    private static final List<String> DEAL_DETERMINERS = List.of("the", "this", "that", "a", "our", "such", "any",
            "new", "proposed", "final");
    private static final List<List<String>> DEAL_ANCHORS = List.of(
            List.of("minerals deal", "mineral deal", "minerals agreement", "resources deal", "rare earth",
                    "investment fund", "critical minerals"),
            List.of("ceasefire deal", "ceasefire agreement", "truce"),
            List.of("peace deal", "peace agreement", "peace plan"));

    private final TopicLexicon lexicon;
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
        for (AttributedStatement a : attributed.statements()) {
            Candidate c = a.candidate();
            StringBuilder content = new StringBuilder();
            for (TextSpan p : c.parts()) {
                if (content.length() > 0) {
                    content.append(' ');
                }
                content.append(body, p.start(), p.end());
            }
            String statementText = content.toString();
            String analysed = TopicLexicon.normalise((c.cue() == null ? "" : c.cue() + " ") + statementText);
            PhraseIndex.Words words = PhraseIndex.Words.of(analysed);
            Map<String, Stance> stances = stances(words);
            if (deals == null && mentionsGenericDeal(words)) {
                deals = dealMentions(body.toLowerCase(java.util.Locale.ROOT)); // once, and only when needed
            }
            String deal = deals == null ? null : dealBefore(c.start(), deals);
            if (deal != null && DEAL_TOPICS.stream().noneMatch(stances::containsKey) && mentionsGenericDeal(words)) {
                stances.put(deal, stance(lexicon.cueOffsets(words), lexicon.topic(deal), analysed.length() / 2));
            }
            Sentence s = c.sentence() >= 0 ? text.sentences().get(c.sentence()) : text.sentenceAt(c.start());
            out.add(new ExtractedStatement(c.kind(), c.parts(), statementText, a.speaker(),
                    c.mention() == null ? null : c.mention().text(), c.cue(), a.decidedBy(), a.confidence(),
                    saidOn.resolve(s == null ? "" : window(body, s.span(), c), text.quoted().article().date()),
                    stances));
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

    private Map<String, Stance> stances(PhraseIndex.Words words) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        int[] topicAt = lexicon.topicOffsets(words);
        int[] cueAt = null;
        for (int i = 0; i < topicAt.length; i++) {
            if (topicAt[i] >= 0) {
                if (cueAt == null) {
                    cueAt = lexicon.cueOffsets(words);
                }
                TopicLexicon.Topic topic = lexicon.topics().get(i);
                stances.put(topic.code(), stance(cueAt, topic, topicAt[i]));
            }
        }
        return stances;
    }

    /** A condition anywhere decides; otherwise the cue nearest the topic phrase, within a clause's reach. */
    private Stance stance(int[] cueAt, TopicLexicon.Topic topic, int at) {
        Stance found = null;
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < cueAt.length; i++) {
            if (cueAt[i] < 0) {
                continue;
            }
            Stance cue = lexicon.cues().get(i).stance();
            if (cue == Stance.CONDITIONAL) {
                return Stance.CONDITIONAL;
            }
            int distance = Math.abs(cueAt[i] - at);
            if (distance <= NEAR && distance < best) {
                best = distance;
                found = cue;
            }
        }
        return found != null ? found : topic.defaultStance();
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

    /** "the deal", "this agreement": a deal named before; "a nuclear deal" is some other deal. */
    private static boolean mentionsGenericDeal(PhraseIndex.Words words) {
        String[] w = words.words();
        for (int i = 1; i < w.length; i++) {
            if (GENERIC_DEAL.contains(w[i]) && DEAL_DETERMINERS.contains(w[i - 1])) {
                return true;
            }
        }
        return false;
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
