package org.claimtracker.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.claimtracker.ingest.ArticleFileReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the extraction library on one thread: {@code ./mvnw -Pbenchmark test -Dtest=ExtractionBenchmark}.
 * Reads the corpus at {@code claimtracker.corpus} (default {@code ../shared/corpus}), warms up, then extracts it
 * repeatedly and prints articles per second, the 5 MB and 10,000-quote timings and the heap in use.
 */
class ExtractionBenchmark {

    @Test
    void measuresThroughput() throws Exception {
        Path corpus = Path.of(System.getProperty("claimtracker.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), () -> {
            System.out.println("benchmark skipped: no corpus at " + corpus.toAbsolutePath());
            return "no corpus at " + corpus;
        });
        ArticleFileReader reader = new ArticleFileReader(Long.MAX_VALUE);
        List<ArticleText> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt") && !name.equals("README.md")) {
                    articles.add(reader.read(name, Files.readAllBytes(p)).toArticleText());
                }
            }
        }
        long t0 = System.nanoTime();
        ExtractionPipeline pipeline = ExtractionPipeline.standard();
        long loadNanos = System.nanoTime() - t0;

        long sink = 0;
        for (int i = 0; i < 30; i++) {
            for (ArticleText a : articles) {
                sink += pipeline.extract(a).statements().size();
            }
        }
        int rounds = 100;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (ArticleText a : articles) {
                sink += pipeline.extract(a).statements().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = rounds * articles.size() / seconds;

        String big = RobustnessTests.fiveMegabyteArticle();
        long b0 = System.nanoTime();
        int bigStatements = pipeline.extract(new ArticleText("big.txt", big, null)).statements().size();
        double bigSeconds = (System.nanoTime() - b0) / 1e9;
        String marks = RobustnessTests.tenThousandUnbalancedQuotes();
        long m0 = System.nanoTime();
        pipeline.extract(new ArticleText("marks.txt", marks, null));
        double marksSeconds = (System.nanoTime() - m0) / 1e9;

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("lexicons loaded in %.0f ms%n", loadNanos / 1e6);
        System.out.printf("corpus: %d articles x %d rounds in %.2f s on one thread = %.0f articles/s (%d statements)%n",
                articles.size(), rounds, seconds, perSecond, sink);
        System.out.printf("5 MB article (%d chars, %d statements): %.3f s%n", big.length(), bigStatements, bigSeconds);
        System.out.printf("10,000 unbalanced quote marks (%d chars): %.3f s%n", marks.length(), marksSeconds);
        System.out.printf("heap used after GC: %d MB (max %d MB)%n", heapMb, rt.maxMemory() / (1024 * 1024));
    }
}
