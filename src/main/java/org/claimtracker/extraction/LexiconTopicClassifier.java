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
                if (TopicLexicon.find(text, phrase) >= 0) {
                    stances.put(topic.code(), stance(text, topic));
                    break;
                }
            }
        }
        return stances;
    }

    private Stance stance(String text, TopicLexicon.Topic topic) {
        Stance found = null;
        for (TopicLexicon.Cue cue : lexicon.cues()) {
            if (TopicLexicon.find(text, cue.phrase()) >= 0) {
                if (cue.stance() == Stance.CONDITIONAL) {
                    return Stance.CONDITIONAL;
                }
                if (found == null) {
                    found = cue.stance();
                }
            }
        }
        return found != null ? found : topic.defaultStance();
    }
}
