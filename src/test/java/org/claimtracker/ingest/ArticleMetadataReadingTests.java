package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Metadata as text headers and HTML pages carry it, and how the sources rank when several speak. */
class ArticleMetadataReadingTests {

    private final ArticleFileReader reader = new ArticleFileReader(10 * 1024 * 1024);

    private ParsedArticle read(String name, String content) throws RejectedFileException {
        return reader.read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private ParsedArticle read(String name, String content, ArticleMetadata given, ArticleMetadata table)
            throws RejectedFileException {
        return reader.read(name, content.getBytes(StandardCharsets.UTF_8), given, table);
    }

    @Test
    void readsTitleOutletAuthorAndUrlHeaderLinesAfterTheDate() throws Exception {
        ParsedArticle article = read("a.txt", """
                 date 2025-03-12
                 title Zelensky rejects calls for a ceasefire
                 outlet Reuters
                 author Tom Balmforth
                 url https://www.reuters.com/world/europe/zelensky-2025-03-12/
                “We will not give up,” Zelensky said.
                """);

        assertThat(article.metadata()).isEqualTo(new ArticleMetadata("Zelensky rejects calls for a ceasefire",
                "Reuters", "Tom Balmforth", "https://www.reuters.com/world/europe/zelensky-2025-03-12/",
                LocalDate.of(2025, 3, 12), PublicationDateSource.HEADER));
        assertThat(article.body()).isEqualTo("“We will not give up,” Zelensky said.");
    }

    @Test
    void keepsTheSeedFormWhoseBodyStartsOnTheDateLine() throws Exception {
        ParsedArticle article = read("a.txt", " date 2025-03-03 Ukrainian President Volodymyr Zelenskyy spoke.\n"
                + " title is not a header here\n");

        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(article.title()).isNull();
        assertThat(article.body()).isEqualTo("Ukrainian President Volodymyr Zelenskyy spoke.\n title is not a header here");
    }

    @Test
    void readsAnUnindentedWordDateAsArticleText() throws Exception {
        ParsedArticle article = read("a.txt", "date of the talks was set on Monday.\n");

        assertThat(article.dateSource()).isEqualTo(PublicationDateSource.NONE);
        assertThat(article.body()).isEqualTo("date of the talks was set on Monday.");
    }

    @Test
    @Tag("reliability")
    void acceptsHeaderLinesWithCrlfLineEnds() throws Exception {
        ParsedArticle article = read("a.txt", " date 2025-03-12\r\n outlet BBC News\r\n\r\nThe talks began.\r\n");

        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(article.dateSource()).isEqualTo(PublicationDateSource.HEADER);
        assertThat(article.outlet()).isEqualTo("BBC News");
        assertThat(article.body()).isEqualTo("The talks began.");
    }

    @Test
    @Tag("reliability")
    void rejectsADateHeaderLineThatDoesNotParse() {
        assertThatThrownBy(() -> read("a.txt", " date yesterday\nThe talks began."))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage("malformed date header 'yesterday': expected date YYYY-MM-DD");
    }

    @Test
    void rejectsAHeaderLineGivenTwiceOrAUrlThatIsNoWebAddress() {
        assertThatThrownBy(() -> read("a.txt", " date 2025-03-12\n outlet BBC\n outlet AP\nText."))
                .hasMessage("the header names the outlet twice");
        assertThatThrownBy(() -> read("a.txt", " date 2025-03-12\n url www.bbc.com/news\nText."))
                .hasMessage("malformed url header 'www.bbc.com/news': expected an http(s) address");
    }

    @Test
    void readsOpenGraphAuthorAndCanonicalMetadata() throws Exception {
        ParsedArticle page = read("page.html", """
                <html><head><title>Ignored when og:title is there</title>
                <meta property="og:site_name" content="Example News">
                <meta property="og:title" content="Kremlin rejects a truce">
                <meta property="article:author" content="https://www.facebook.com/examplenews">
                <meta name="author" content="Jane Roe">
                <meta property="og:url" content="https://example.com/og-address">
                <link rel="canonical" href="https://example.com/world/kremlin-truce">
                <meta property="article:published_time" content="2025-03-14T09:30:00Z">
                </head><body><article><p>“No pause,” Peskov said.</p></article></body></html>
                """);

        assertThat(page.metadata()).isEqualTo(new ArticleMetadata("Kremlin rejects a truce", "Example News",
                "Jane Roe", "https://example.com/world/kremlin-truce", LocalDate.of(2025, 3, 14),
                PublicationDateSource.HTML_METADATA));
    }

    @Test
    void readsANewsArticleFromAJsonLdGraphWithAnArrayOfAuthors() throws Exception {
        ParsedArticle page = read("page.html", """
                <html><head><title>Site title</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Example", "url": "https://example.com/"},
                  {"@type": ["NewsArticle"], "headline": "Minerals deal signed",
                   "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"}],
                   "publisher": {"@type": "Organization", "name": "The Example Times"},
                   "datePublished": "2025-04-30T18:00:00-04:00",
                   "mainEntityOfPage": {"@id": "https://example.com/minerals-deal"}}]}</script>
                <meta property="og:title" content="Outranked by JSON-LD">
                </head><body><p>The deal was signed.</p></body></html>
                """);

        assertThat(page.metadata()).isEqualTo(new ArticleMetadata("Minerals deal signed", "The Example Times",
                "Ann Lee, Bo Chan", "https://example.com/minerals-deal", LocalDate.of(2025, 4, 30),
                PublicationDateSource.HTML_METADATA));
    }

    @Test
    void readsJsonLdGivenAsATopLevelArrayAndIgnoresBrokenScripts() throws Exception {
        ParsedArticle page = read("page.html", """
                <html><head>
                <script type="application/ld+json">{ not json</script>
                <script type="application/ld+json">[{"@type": "BreadcrumbList"},
                  {"@type": "ReportageNewsArticle", "headline": "Talks in Riyadh", "author": "Sam Poe",
                   "url": "https://news.example.org/riyadh", "datePublished": "2025-03-11"}]</script>
                </head><body><p>Delegations met.</p></body></html>
                """);

        assertThat(page.title()).isEqualTo("Talks in Riyadh");
        assertThat(page.metadata().author()).isEqualTo("Sam Poe");
        assertThat(page.metadata().url()).isEqualTo("https://news.example.org/riyadh");
        assertThat(page.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void fallsBackToThePageTitleWithoutTheOutletSuffix() throws Exception {
        ParsedArticle page = read("page.html", """
                <html><head><title>Kremlin rejects truce | Example News</title>
                <meta property="og:site_name" content="Example News"></head>
                <body><p>Text.</p></body></html>
                """);

        assertThat(page.title()).isEqualTo("Kremlin rejects truce");
        assertThat(page.outlet()).isEqualTo("Example News");
    }

    @Test
    void ranksTheFormAboveTheHeaderAboveTheTableAboveHtmlAboveTheFileName() throws Exception {
        ArticleMetadata table = new ArticleMetadata("Table title", "Table outlet", "Table author",
                "https://table.example/a", LocalDate.of(2025, 1, 2), PublicationDateSource.METADATA_TABLE);

        ParsedArticle text = read("2025-01-01_a.txt", " date 2025-01-03\n title Header title\nText.",
                ArticleMetadata.NONE, table);
        assertThat(text.metadata()).isEqualTo(new ArticleMetadata("Header title", "Table outlet", "Table author",
                "https://table.example/a", LocalDate.of(2025, 1, 3), PublicationDateSource.HEADER));

        ParsedArticle html = read("2025-01-01_a.html", """
                <html><head><meta property="og:title" content="Page title">
                <meta property="og:site_name" content="Page outlet">
                <meta property="article:published_time" content="2025-01-04"></head><body><p>Text.</p></body></html>
                """, ArticleMetadata.NONE, new ArticleMetadata(null, "Table outlet", null, null, null, null));
        assertThat(html.metadata()).isEqualTo(new ArticleMetadata("Page title", "Table outlet", null, null,
                LocalDate.of(2025, 1, 4), PublicationDateSource.HTML_METADATA));

        ArticleMetadata form = new ArticleMetadata(null, "Form outlet", null, null, LocalDate.of(2025, 1, 5),
                PublicationDateSource.UPLOAD_FORM);
        ParsedArticle uploaded = read("2025-01-01_a.txt", " date 2025-01-03\n outlet Header outlet\nText.", form,
                table);
        assertThat(uploaded.outlet()).isEqualTo("Form outlet");
        assertThat(uploaded.dateSource()).isEqualTo(PublicationDateSource.UPLOAD_FORM);

        ParsedArticle bare = read("2025-01-01_a.txt", "Text.", ArticleMetadata.NONE, ArticleMetadata.NONE);
        assertThat(bare.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(bare.dateSource()).isEqualTo(PublicationDateSource.FILE_NAME);
    }

    @Test
    @Tag("reliability")
    void readsA5MegabytePageOf60000NestedBlockquotesInUnder2Seconds() throws Exception {
        int depth = 60_000;
        StringBuilder page = new StringBuilder("<html><body><article>");
        page.append("<blockquote>".repeat(depth)).append("<p>“Deep,” he said.</p>")
                .append("</blockquote>".repeat(depth));
        while (page.length() < 5 * 1024 * 1024 - 100) {
            page.append("<p>More text.</p>");
        }
        page.append("</article></body></html>");
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
        read("warm-up.html", "<p>Classes loaded, as in a running server.</p>");

        // CPU time of this thread: the machine may be busy with other work, which says nothing about this code
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        ParsedArticle article = reader.read("deep.html", bytes);
        Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
        Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
        System.out.printf("%d bytes, %d nested blockquotes: %d ms CPU, %d ms wall clock%n", bytes.length, depth,
                cpu.toMillis(), wall.toMillis());

        assertThat(bytes.length).isGreaterThan(5_000_000);
        assertThat(article.body()).startsWith("“Deep,” he said.\nMore text.");
        assertThat(cpu).isLessThan(Duration.ofSeconds(2));
    }
}
