package org.claimtracker.extraction;

import java.time.LocalDate;
import java.util.List;

/** Runs the standard pipeline over short texts written for the tests; one pipeline for all test classes. */
final class Extraction {

    static final ExtractionPipeline PIPELINE = ExtractionPipeline.standard();
    static final LocalDate SUNDAY = LocalDate.of(2025, 3, 30);

    private Extraction() {
    }

    static ArticleAnalysis analyse(String body) {
        return PIPELINE.extract(new ArticleText("test.txt", body, SUNDAY));
    }

    static List<ExtractedStatement> statements(String body) {
        return analyse(body).statements();
    }

    /** The statements of an article whose metadata names its publisher. */
    static List<ExtractedStatement> publishedBy(String publisher, String body) {
        return PIPELINE.extract(new ArticleText("test.txt", body, SUNDAY, publisher)).statements();
    }

    static ExtractedStatement only(String body) {
        List<ExtractedStatement> all = statements(body);
        if (all.size() != 1) {
            throw new AssertionError("expected one statement in <" + body + "> but found " + all.size() + ": "
                    + all.stream().map(ExtractedStatement::text).toList());
        }
        return all.get(0);
    }

    static String speakerOf(ExtractedStatement s) {
        return s.speaker() == null ? null : s.speaker().canonicalName();
    }
}
