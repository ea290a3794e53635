package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction library's entry point. This first cut finds curly-quoted passages only; the rule-based engine
 * replaces it behind the same interface.
 */
public final class ExtractionPipeline implements StatementExtractor {

    private static final Pattern CURLY_QUOTE = Pattern.compile("\u201c([^\u201c\u201d\n]{10,})\u201d");

    public static ExtractionPipeline standard() {
        return new ExtractionPipeline();
    }

    @Override
    public ArticleAnalysis extract(ArticleText article) {
        List<ExtractedStatement> statements = new ArrayList<>();
        Matcher m = CURLY_QUOTE.matcher(article.body());
        while (m.find()) {
            TextSpan span = new TextSpan(m.start(1), m.end(1));
            statements.add(new ExtractedStatement(StatementKind.DIRECT, List.of(span), span.of(article.body()),
                    null, null, null, "quote-only", 0.3, article.date(), Map.of()));
        }
        return new ArticleAnalysis(statements, List.of());
    }

    @Override
    public String version() {
        return "quotes-0";
    }
}
