package org.claimtracker.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * repeatedly and prints articles per second, the 5 MB and 10,000-quote timings and the heap in use. Each figure
 * is given by the wall clock and by the thread's CPU time: on a shared machine the wall clock also counts the time
 * other processes held the CPU, which the load average printed beside it shows.
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 100;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            for (ArticleText a : articles) {
                sink += pipeline.extract(a).statements().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        int extracted = rounds * articles.size();

        String big = RobustnessTests.fiveMegabyteArticle();
        long b0 = System.nanoTime();
        long bc0 = threads.getCurrentThreadCpuTime();
        int bigStatements = pipeline.extract(new ArticleText("big.txt", big, null)).statements().size();
        double bigSeconds = (System.nanoTime() - b0) / 1e9;
        double bigCpu = (threads.getCurrentThreadCpuTime() - bc0) / 1e9;
        String marks = RobustnessTests.tenThousandUnbalancedQuotes();
        long m0 = System.nanoTime();
        long mc0 = threads.getCurrentThreadCpuTime();
        pipeline.extract(new ArticleText("marks.txt", marks, null));
        double marksSeconds = (System.nanoTime() - m0) / 1e9;
        double marksCpu = (threads.getCurrentThreadCpuTime() - mc0) / 1e9;

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("lexicons loaded in %.0f ms%n", loadNanos / 1e6);
        System.out.printf("load average %.1f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rt.availableProcessors());
        System.out.printf("corpus: %d articles x %d rounds on one thread: %.0f articles/s wall clock (%.2f s), "
                + "%.0f articles/s thread CPU time (%.2f s); %d statements%n", articles.size(), rounds,
                extracted / seconds, seconds, extracted / cpuSeconds, cpuSeconds, sink);
        System.out.printf("5 MB article (%d chars, %d statements): %.3f s wall clock, %.3f s CPU%n", big.length(),
                bigStatements, bigSeconds, bigCpu);
        System.out.printf("10,000 unbalanced quote marks (%d chars): %.3f s wall clock, %.3f s CPU%n", marks.length(),
                marksSeconds, marksCpu);
        System.out.printf("heap used after GC: %d MB (max %d MB)%n", heapMb, rt.maxMemory() / (1024 * 1024));
    }
}
