package org.claimtracker.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.article.PublicationDateSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages: the title, the publication date from the page's metadata, and the article's paragraphs without
 * navigation, scripts, styles or other page furniture. The project's only Jsoup user on the reading side.
 */
final class HtmlArticleReader implements ArticleReader {

    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, figure figcaption, [role=navigation], [aria-hidden=true]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    @Override
    public boolean supports(String extension) {
        return Set.of("html", "htm").contains(extension);
    }

    @Override
    public ParsedArticle read(String fileName, String content) throws RejectedFileException {
        Document page = Jsoup.parse(content);
        String title = firstNonBlank(meta(page, "og:title"), page.title(), page.select("h1").text());
        String outlet = meta(page, "og:site_name");
        LocalDate published = publishedDate(page);
        PublicationDateSource dateSource = PublicationDateSource.HTML_METADATA;
        if (published == null) {
            published = FileNameDates.find(fileName);
            dateSource = published != null ? PublicationDateSource.FILE_NAME : PublicationDateSource.NONE;
        }
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
        return new ParsedArticle(fileName, title, outlet, body, published, dateSource);
    }

    private static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // Nested blocks (a <p> inside a <blockquote>) are read once, at the innermost level.
            if (!block.select(BLOCKS).stream().allMatch(b -> b == block)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty() && !root.text().isBlank()) {
            paragraphs.add(root.text().strip());
        }
        return paragraphs;
    }

    private static LocalDate publishedDate(Document page) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(page, "article:published_time"));
        page.select("time[datetime]").forEach(time -> candidates.add(time.attr("datetime")));
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                candidates.add(m.group(1));
            }
        }
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

    private static String meta(Document page, String property) {
        Element el = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return el == null ? null : blankToNull(el.attr("content"));
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
