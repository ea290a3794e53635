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
        int[] deals = dealMentions(TopicLexicon.normalise(body));
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
            Map<String, Stance> stances = stances(analysed);
            String deal = dealBefore(c.start(), deals);
            if (deal != null && !stances.containsKey(deal) && mentionsGenericDeal(analysed)) {
                stances.put(deal, stance(analysed, lexicon.topic(deal), analysed.length() / 2));
            }
            Sentence s = c.sentence() >= 0 ? text.sentences().get(c.sentence()) : text.sentenceAt(c.start());
            out.add(new ExtractedStatement(c.kind(), c.parts(), statementText, a.speaker(),
                    c.mention() == null ? null : c.mention().text(), c.cue(), a.decidedBy(), a.confidence(),
                    saidOn.resolve(s == null ? "" : s.span().of(body), c.kind(), text.quoted().article().date()),
                    stances));
        }
        return new ArticleAnalysis(out, attributed.roles());
    }

    Map<String, Stance> stances(String text) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        for (TopicLexicon.Topic topic : lexicon.topics()) {
            for (String phrase : topic.phrases()) {
                int at = TopicLexicon.find(text, phrase);
                if (at >= 0) {
                    stances.put(topic.code(), stance(text, topic, at));
                    break;
                }
            }
        }
        return stances;
    }

    /** A condition anywhere decides; otherwise the cue nearest the topic phrase, within a clause's reach. */
    private Stance stance(String text, TopicLexicon.Topic topic, int at) {
        Stance found = null;
        int best = Integer.MAX_VALUE;
        for (TopicLexicon.Cue cue : lexicon.cues()) {
            int i = TopicLexicon.find(text, cue.phrase());
            if (i < 0) {
                continue;
            }
            if (cue.stance() == Stance.CONDITIONAL) {
                return Stance.CONDITIONAL;
            }
            int distance = Math.abs(i - at);
            if (distance <= NEAR && distance < best) {
                best = distance;
                found = cue.stance();
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
        int[] out = new int[found.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.get(i);
        }
        return out;
    }

    private static boolean mentionsGenericDeal(String text) {
        for (String word : GENERIC_DEAL) {
            if (TopicLexicon.find(text, word) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String dealBefore(int offset, int[] deals) {
        int bestAt = -1;
        String best = null;
        for (int i = 0; i < deals.length; i += 2) {
            if (deals[i] < offset && deals[i] > bestAt) {
                bestAt = deals[i];
                best = DEAL_TOPICS.get(deals[i + 1]);
            }
        }
        return best;
    }
}
