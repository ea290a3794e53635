package org.claimtracker.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A dated news article as ingested: its normalised body is what every stored offset points into. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    // pooled: 50 ids per sequence call (V9), so that inserts can be batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_id")
    @SequenceGenerator(name = "article_id", sequenceName = "article_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    private String title;

    private String outlet;

    private String author;

    private String url;

    /** The title, else the first sentence: what lists show (see {@link ArticleHeadline}). */
    @Column(nullable = false)
    private String headline;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_source", nullable = false)
    private PublicationDateSource dateSource;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_length", nullable = false)
    private int bodyLength;

    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    private String contentHash;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    @Column(name = "extractor_version", nullable = false)
    private String extractorVersion;

    protected Article() {
    }

    public Article(String sourceName, String title, String outlet, LocalDate publishedOn,
            PublicationDateSource dateSource, String body, Instant ingestedAt, String extractorVersion) {
        this(sourceName, new ArticleMetadata(title, outlet, null, null, publishedOn, dateSource), body, ingestedAt,
                extractorVersion);
        if ((publishedOn == null) != (dateSource == PublicationDateSource.NONE)) {
            throw new IllegalArgumentException("a date needs its source, and only a missing date has none");
        }
    }

    public Article(String sourceName, ArticleMetadata metadata, String body, Instant ingestedAt,
            String extractorVersion) {
        this.sourceName = sourceName;
        this.body = body;
        describe(metadata);
        this.bodyLength = body.length();
        this.contentHash = contentHashOf(body);
        this.ingestedAt = ingestedAt;
        this.extractorVersion = extractorVersion;
    }

    /** What identifies an article's text, whatever file it came in: the SHA-256 of the normalised body, in hex. */
    public static String contentHashOf(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Takes what a new reading of the same text says about it (a metadata table was added, a header corrected; see
     * {@link ArticleMetadata#updatedBy}), keeping the file name of the first reading. Returns whether anything
     * changed.
     */
    public boolean redescribe(ArticleMetadata newer) {
        ArticleMetadata updated = metadata().updatedBy(newer);
        if (updated.equals(metadata())) {
            return false;
        }
        describe(updated);
        return true;
    }

    private void describe(ArticleMetadata metadata) {
        this.title = metadata.title();
        this.outlet = metadata.outlet();
        this.author = metadata.author();
        this.url = metadata.url();
        this.publishedOn = metadata.publishedOn();
        this.dateSource = metadata.dateSource();
        this.headline = ArticleHeadline.of(metadata.title(), body);
    }

    public ArticleMetadata metadata() {
        return new ArticleMetadata(title, outlet, author, url, publishedOn, dateSource);
    }

    /** Records that the current extractor has found this article's statements again. */
    public void reextractedBy(String version) {
        if (version.equals(extractorVersion)) {
            throw new IllegalStateException("article " + id + " is already extracted by " + version);
        }
        this.extractorVersion = version;
    }

    public Long getId() {
        return id;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getTitle() {
        return title;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getAuthor() {
        return author;
    }

    public String getUrl() {
        return url;
    }

    public String getHeadline() {
        return headline;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public PublicationDateSource getDateSource() {
        return dateSource;
    }

    public String getBody() {
        return body;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public String getExtractorVersion() {
        return extractorVersion;
    }
}
