package org.claimtracker.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML pages: the article's metadata and paragraphs, without navigation, scripts, styles or other page furniture.
 * The project's only Jsoup user on the reading side.
 * <p>
 * Metadata, each field from the first source that has it: JSON-LD ({@code NewsArticle}, see {@link JsonLdArticle}),
 * then Open Graph and meta tags ({@code og:title}, {@code og:site_name}, {@code article:author} or
 * {@code <meta name="author">}, {@code <link rel="canonical">} or {@code og:url}), then {@code <title>} (without a
 * trailing " | Outlet") and the first {@code <h1>}.
 * <p>
 * Reading is linear in the size of the page, however deeply its elements nest: one iterative pass finds the
 * innermost text blocks, so a hostile page of 60,000 nested blockquotes costs what a flat one of the same size does.
 */
final class HtmlArticleReader implements ArticleReader {

    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, figure figcaption, [role=navigation], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/?#]+[^\\s]*");

    @Override
    public boolean supports(String extension) {
        return Set.of("html", "htm").contains(extension);
    }

    @Override
    public ParsedArticle read(String fileName, String content) throws RejectedFileException {
        Document page = Jsoup.parse(content);
        ArticleMetadata metadata = metadata(page);
        page.select(FURNITURE).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        String body = TextNormaliser.normalise(String.join("\n", paragraphs(root)));
        if (body.isEmpty()) {
            throw new RejectedFileException("the page has no article text");
        }
        return new ParsedArticle(fileName, body, metadata);
    }

    private static ArticleMetadata metadata(Document page) {
        List<String> scripts = page.select("script[type=application/ld+json]").stream().map(Element::data).toList();
        // meta and link elements belong in the head: looking there only keeps a huge body from costing each lookup
        Element head = page.head();
        JsonLdArticle jsonLd = JsonLdArticle.find(scripts)
                .orElse(new JsonLdArticle(null, null, null, null, null));
        String outlet = firstNonBlank(jsonLd.publisher(), meta(head, "og:site_name"));
        String title = firstNonBlank(jsonLd.headline(), meta(head, "og:title"), titleWithoutOutlet(page, outlet),
                text(page.selectFirst("h1")));
        String author = firstNonBlank(jsonLd.author(), nameNotAddress(meta(head, "article:author")),
                meta(head, "author"));
        String url = firstWebAddress(jsonLd.url(), attribute(head.selectFirst("link[rel=canonical]"), "href"),
                meta(head, "og:url"));
        LocalDate published = firstDate(jsonLd.datePublished(), meta(head, "article:published_time"),
                attribute(page.selectFirst("time[datetime]"), "datetime"));
        return new ArticleMetadata(title, outlet, author, url, published,
                published == null ? PublicationDateSource.NONE : PublicationDateSource.HTML_METADATA);
    }

    /** "Headline | Outlet" or "Headline - Outlet" as pages title themselves: the headline. */
    private static String titleWithoutOutlet(Document page, String outlet) {
        String title = blankToNull(page.title());
        if (title == null || outlet == null) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            String suffix = separator + outlet;
            if (title.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    /**
     * The text of each innermost block (a {@code <p>} inside a {@code <blockquote>} is read once, at the inner
     * level), in document order, in one pass over the tree.
     */
    private static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        Deque<boolean[]> openBlocks = new ArrayDeque<>(); // per open block: whether it holds another block
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (isBlock(node)) {
                    if (!openBlocks.isEmpty()) {
                        openBlocks.peek()[0] = true;
                    }
                    openBlocks.push(new boolean[] {false});
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node) && !openBlocks.pop()[0]) {
                    String text = ((Element) node).text().strip();
                    if (!text.isEmpty()) {
                        paragraphs.add(text);
                    }
                }
            }
        }, root);
        if (paragraphs.isEmpty() && !root.text().isBlank()) {
            paragraphs.add(root.text().strip());
        }
        return paragraphs;
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private static LocalDate firstDate(String... candidates) {
        for (String candidate : candidates) {
            LocalDate date = parseDate(candidate);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a full timestamp; try the leading calendar date
        }
        if (v.length() >= 10) {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String meta(Element head, String property) {
        Element el = head.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return attribute(el, "content");
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : blankToNull(element.attr(name));
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    /** {@code article:author} is often a profile page's address, which is no name. */
    private static String nameNotAddress(String value) {
        return value == null || WEB_ADDRESS.matcher(value).matches() ? null : value;
    }

    private static String firstWebAddress(String... values) {
        for (String v : values) {
            if (v != null && WEB_ADDRESS.matcher(v.strip()).matches()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
