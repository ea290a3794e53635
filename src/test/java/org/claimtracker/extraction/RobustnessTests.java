package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * Large and hostile inputs finish: every stage is linear, with no backtracking regular expressions. The timeouts
 * are generous guards against a quadratic blow-up (which would take minutes), not the speed targets: a cold JVM on
 * a shared build machine is slow, so the real figures come from {@link ExtractionBenchmark} after warm-up.
 */
class RobustnessTests {

    static String fiveMegabyteArticle() {
        String paragraph = "“We will keep talking,” Lena Marsh said on Sunday. Officials said the talks would resume, "
                + "though the shelling went on. The so-called “coalition” met again, and Tom Reed warned that "
                + "a ceasefire without security guarantees would be dangerous.\n\n";
        StringBuilder sb = new StringBuilder(5_100_000);
        while (sb.length() < 5_000_000) {
            sb.append(paragraph);
        }
        return sb.toString();
    }

    static String tenThousandUnbalancedQuotes() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append(i % 3 == 0 ? "“" : i % 3 == 1 ? "\" " : "word, ").append("said Marsh ");
        }
        sb.append("\n\nTom Reed said the talks would continue.");
        return sb.toString();
    }

    @Test
    void extractsAFiveMegabyteArticleQuickly() {
        String body = fiveMegabyteArticle();

        ArticleAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Extraction.PIPELINE.extract(new ArticleText("big.txt", body, Extraction.SUNDAY)));

        assertThat(a.statements()).hasSizeGreaterThan(10_000);
    }

    @Test
    void survivesTenThousandUnbalancedQuoteMarksWithoutLosingTheRest() {
        String body = tenThousandUnbalancedQuotes();

        ArticleAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Extraction.PIPELINE.extract(new ArticleText("marks.txt", body, Extraction.SUNDAY)));

        assertThat(a.statements()).extracting(ExtractedStatement::text).contains("the talks would continue");
    }

    @Test
    void keepsEveryStatementTextEqualToTheBodyBetweenItsSpans() {
        String body = fiveMegabyteArticle().substring(0, 20_000) + tenThousandUnbalancedQuotes().substring(0, 5_000);

        for (ExtractedStatement s : Extraction.PIPELINE.extract(new ArticleText("x.txt", body, null)).statements()) {
            assertThat(s.text()).isEqualTo(SeedArticlesTests.joinedParts(body, s));
        }
    }

    @Test
    void givesTheSameAnalysisFromManyThreadsAsFromOne() throws Exception {
        List<ArticleText> seeds = SeedArticlesTests.seedFiles().stream().map(f -> {
            try {
                return SeedArticlesTests.read(f);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        List<ArticleAnalysis> expected = seeds.stream().map(Extraction.PIPELINE::extract).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                List<Future<ArticleAnalysis>> futures = seeds.stream()
                        .map(a -> pool.submit(() -> Extraction.PIPELINE.extract(a))).toList();
                for (int i = 0; i < seeds.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void handlesEmptyAndMarkOnlyBodies() {
        for (String body : new String[] {"", "\"", "“", "”’‘'", "\n\n\n", "said", "Q: A:"}) {
            assertThat(Extraction.PIPELINE.extract(new ArticleText("e.txt", body, null)).statements()).isNotNull();
        }
    }
}
