package org.claimtracker.extraction;

/** Stage 5: topics, stances and the day each statement was made; produces the final analysis. */
interface TopicClassifier {

    ArticleAnalysis classify(AttributedText text);
}
