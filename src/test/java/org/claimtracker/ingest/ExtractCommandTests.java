package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.claimtracker.extraction.ExtractionPipeline;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTests {

    private final ExtractCommand command = new ExtractCommand(new ArticleFileReader(Long.MAX_VALUE),
            ExtractionPipeline.standard());
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectPerStatementWithTheContractFieldsInOrder() throws Exception {
        TestArticles.write(dir, "2025-03-02_note.txt", "“We must be open,” Zelensky told reporters.\nNothing else.");
        StringWriter out = new StringWriter();

        int exit = command.run(List.of(dir.toString()), out, err);

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).isNotEmpty();
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.propertyNames()).containsExactly("source", "articleDate", "kind", "text", "start", "end",
                "parts", "speaker", "mention", "cue", "topics", "stances");
        assertThat(first.get("source").asString()).isEqualTo("2025-03-02_note.txt");
        assertThat(first.get("articleDate").asString()).isEqualTo("2025-03-02");
        String body = "“We must be open,” Zelensky told reporters.\nNothing else.";
        assertThat(body.substring(first.get("start").asInt(), first.get("end").asInt()))
                .isEqualTo(first.get("text").asString());
    }

    @Test
    void aFoldersMetadataTableGivesTheDateAndThePublisherWhoseOwnReleaseItIs() throws Exception {
        TestArticles.write(dir, "MANIFEST.tsv", "file\tdate\toutlet\ttitle\n"
                + "release.txt\t2025-04-02\tThe White House (government release)\tHarbour talks\n");
        TestArticles.write(dir, "release.txt", "The harbour talks in the northern port ended late on Tuesday.\n");
        StringWriter out = new StringWriter();

        command.run(List.of(dir.toString()), out, err);

        JsonNode line = JsonMapper.builder().build().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(line.get("articleDate").asString()).isEqualTo("2025-04-02");
        assertThat(line.get("speaker").asString()).isEqualTo("White House");
        assertThat(line.get("kind").asString()).isEqualTo("DIRECT");
    }

    @Test
    void aSplitQuotationListsEachPartAndItsTextJoinsThem() throws Exception {
        String body = "“The ferry will sail,” Mayor Tal said, “whatever the weather.”";
        TestArticles.write(dir, "2025-03-02_split.txt", body);
        StringWriter out = new StringWriter();

        command.run(List.of(dir.toString()), out, err);

        JsonNode line = JsonMapper.builder().build().readTree(out.toString().lines().findFirst().orElseThrow());
        JsonNode parts = line.get("parts");
        assertThat(parts.size()).isEqualTo(2);
        String first = body.substring(parts.get(0).get("start").asInt(), parts.get(0).get("end").asInt());
        String second = body.substring(parts.get(1).get("start").asInt(), parts.get(1).get("end").asInt());
        assertThat(first).isEqualTo("The ferry will sail");
        assertThat(second).isEqualTo("whatever the weather.");
        assertThat(line.get("text").asString()).isEqualTo(first + " " + second);
        assertThat(line.get("start").asInt()).isEqualTo(parts.get(0).get("start").asInt());
        assertThat(line.get("end").asInt()).isEqualTo(parts.get(1).get("end").asInt());
    }

    @Test
    void skipsFolderFilesThatAreNotArticlesButReportsNamedOnes() throws Exception {
        TestArticles.write(dir, "README.md", "# notes");
        Path named = TestArticles.write(dir, "notes.docx", "x");
        StringWriter out = new StringWriter();

        int exit = command.run(List.of(dir.toString(), named.toString()), out, err);

        assertThat(exit).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .contains("rejected " + named + ": unsupported file type '.docx'")
                .doesNotContain("README.md");
    }

    @Test
    void explainsUsageWithoutPaths() throws Exception {
        int exit = command.run(List.of(), new StringWriter(), err);

        assertThat(exit).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).startsWith("usage: extract PATH...");
    }
}
