package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.claimtracker.ingest.ArticleFileReader;
import org.claimtracker.ingest.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed articles, read as ingestion reads them so offsets are the stored ones. Every direct quotation in
 * them is listed by hand in {@code seeds/expected-direct-quotes.tsv} (file, speaker, text); a sample of reported
 * statements in {@code seeds/expected-reported-sample.tsv} (file, kind, speaker, text).
 */
class SeedArticlesTests {

    private static final Path SEEDS = Path.of("seeds");

    record Expected(String file, String kind, String speaker, String text) {
    }

    static List<String> seedFiles() throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    static ArticleText read(String file) throws Exception {
        ParsedArticle article = new ArticleFileReader(10_000_000).read(file, Files.readAllBytes(SEEDS.resolve(file)));
        return article.toArticleText();
    }

    static List<Expected> expectations(String resource, boolean withKind) throws IOException {
        List<Expected> out = new ArrayList<>();
        try (InputStream in = SeedArticlesTests.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(withKind ? new Expected(c[0], c[1], c[2], c[3]) : new Expected(c[0], "DIRECT", c[1], c[2]));
            }
        }
        return out;
    }

    static String joinedParts(String body, ExtractedStatement s) {
        return s.parts().stream().map(p -> p.of(body)).collect(Collectors.joining(" "));
    }

    private static String describe(ExtractedStatement s) {
        return s.kind() + "\t" + (s.speaker() == null ? "-" : s.speaker().canonicalName()) + "\t" + s.text();
    }

    @ParameterizedTest
    @MethodSource("seedFiles")
    void findsEveryDirectQuoteOfTheSeedWithItsSpeaker(String file) throws Exception {
        List<String> expected = expectations("/seeds/expected-direct-quotes.tsv", false).stream()
                .filter(e -> e.file().equals(file)).map(e -> e.kind() + "\t" + e.speaker() + "\t" + e.text()).toList();

        List<String> actual = Extraction.PIPELINE.extract(read(file)).statements().stream()
                .filter(s -> s.kind() == StatementKind.DIRECT).map(SeedArticlesTests::describe).toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void findsTheSampledReportedStatementsOfTheSeeds() throws Exception {
        for (Expected e : expectations("/seeds/expected-reported-sample.tsv", true)) {
            List<String> actual = Extraction.PIPELINE.extract(read(e.file())).statements().stream()
                    .map(SeedArticlesTests::describe).toList();

            assertThat(actual).as(e.file()).contains(e.kind() + "\t" + e.speaker() + "\t" + e.text());
        }
    }

    @ParameterizedTest
    @MethodSource("seedFiles")
    void keepsEveryStatementTextEqualToTheBodyBetweenItsSpans(String file) throws Exception {
        ArticleText article = read(file);

        for (ExtractedStatement s : Extraction.PIPELINE.extract(article).statements()) {
            assertThat(s.text()).isEqualTo(joinedParts(article.body(), s));
            assertThat(s.span().end()).isLessThanOrEqualTo(article.body().length());
        }
    }
}
