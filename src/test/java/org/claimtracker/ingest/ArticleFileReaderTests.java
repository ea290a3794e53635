package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.claimtracker.article.PublicationDateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleFileReaderTests {

    private final ArticleFileReader reader = new ArticleFileReader(1_000);

    private ParsedArticle read(String name, String content) throws RejectedFileException {
        return reader.read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void normalisesLineEndsTrailingSpaceAndBlankLines() throws Exception {
        ParsedArticle article = read("a.txt", "\uFEFFFirst line.  \r\n\r\n\r\n\r\nSecond line.\r\n\r\n");

        assertThat(article.body()).isEqualTo("First line.\n\nSecond line.");
        assertThat(article.publishedOn()).isNull();
        assertThat(article.dateSource()).isEqualTo(PublicationDateSource.NONE);
    }

    @Test
    void takesTheDateFromTheFileNameWhenThereIsNoHeader() throws Exception {
        ParsedArticle article = read("2025-03-02_bbc-summit.txt", "Text.");

        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(article.dateSource()).isEqualTo(PublicationDateSource.FILE_NAME);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
            " date 2025-03-32\\nText.|malformed date header '2025-03-32': expected date YYYY-MM-DD",
            " date 2025/03/02 Text.|malformed date header '2025/03/02': expected date YYYY-MM-DD",
            " date\\nText.|malformed date header '': expected date YYYY-MM-DD"})
    void rejectsAMalformedDateHeader(String content, String reason) {
        assertThatThrownBy(() -> read("a.txt", content.replace("\\n", "\n")))
                .isInstanceOf(RejectedFileException.class).hasMessage(reason);
    }

    @Test
    void aLineThatOnlyStartsWithTheWordDateIsText() throws Exception {
        assertThat(read("a.txt", "dated letters were found.").body()).isEqualTo("dated letters were found.");
        assertThat(read("a.txt", "date of the talks: unknown.").body()).isEqualTo("date of the talks: unknown.");
    }

    @Test
    void readsTheHtmlDateFromATimeElementOrJsonLd() throws Exception {
        ParsedArticle fromTime = read("a.html", "<article><time datetime=\"2025-04-01\">1 April</time><p>Text.</p></article>");
        ParsedArticle fromJsonLd = read("b.htm", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2025-04-02T10:00:00+02:00\"}</script><p>Text.</p>");

        assertThat(fromTime.publishedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(fromJsonLd.publishedOn()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(fromJsonLd.dateSource()).isEqualTo(PublicationDateSource.HTML_METADATA);
    }

    @Test
    void rejectsHtmlWithoutText() {
        assertThatThrownBy(() -> read("a.html", "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>"))
                .isInstanceOf(RejectedFileException.class).hasMessage("the page has no article text");
    }

    @Test
    void rejectsAFileWithoutExtension() {
        assertThatThrownBy(() -> read("README", "text"))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage("unsupported file type 'README': expected .txt, .html or .htm");
    }
}
