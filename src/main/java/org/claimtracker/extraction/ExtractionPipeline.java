package org.claimtracker.extraction;

/**
 * The extraction library's entry point: five stages, each taking the previous one's output, so the compiler keeps
 * the order. Quotations, then sentences, then candidates (quotes with their attribution and reported speech), then
 * speakers by ordered sieves, then topics, stances and said-on dates. Deterministic and thread-safe: the stages
 * hold only immutable lexicons, and each article's working state lives in its own call. A final filter drops turns
 * that carry no claim ("Thank you.") and repeated spans.
 */
public final class ExtractionPipeline implements StatementExtractor {

    private static final String VERSION = "rules-5";

    private final QuoteFinder quotes;
    private final Segmenter segmenter;
    private final CandidateFinder candidates;
    private final Attributor attributor;
    private final TopicClassifier topics;
    private final NonClaimFilter claims;

    private ExtractionPipeline(Lexicons lexicons) {
        this.quotes = new MarkQuoteFinder();
        this.segmenter = new RuleSegmenter();
        this.candidates = new RuleCandidateFinder(lexicons);
        this.attributor = new SieveAttributor(lexicons.actors());
        this.topics = new LexiconTopicClassifier(lexicons.topics());
        this.claims = new NonClaimFilter();
    }

    /** The pipeline with the lexicons shipped under {@code src/main/resources/extraction/}, loaded once. */
    public static ExtractionPipeline standard() {
        return new ExtractionPipeline(Lexicons.load());
    }

    @Override
    public ArticleAnalysis extract(ArticleText article) {
        // the non-claim filter last: it judges the finished statements, whatever rules found them
        return claims.apply(topics.classify(attributor.attribute(candidates.find(segmenter.segment(
                quotes.find(article))))));
    }

    @Override
    public String version() {
        return VERSION;
    }
}
