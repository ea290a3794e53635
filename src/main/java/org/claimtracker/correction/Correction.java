package org.claimtracker.correction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.claimtracker.extraction.TextSpan;

/**
 * One editor's change to what extraction found. The anchor is where the statement stood, and what it said, when the
 * editor changed it; {@code statementId} is where the change is applied now.
 */
@Entity
@Table(name = "correction")
public class Correction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "statement_id")
    private Long statementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CorrectionKind kind;

    @Column(name = "anchor_start", nullable = false)
    private int anchorStart;

    @Column(name = "anchor_end", nullable = false)
    private int anchorEnd;

    @Column(name = "anchor_text", nullable = false)
    private String anchorText;

    @Column(name = "before_value")
    private String beforeValue;

    @Column(name = "after_value")
    private String afterValue;

    @Column(nullable = false)
    private String note;

    @Column(nullable = false)
    private String editor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CorrectionStatus status = CorrectionStatus.APPLIED;

    @Column(name = "attention_reason")
    private String attentionReason;

    protected Correction() {
    }

    Correction(Long articleId, String contentHash, Long statementId, CorrectionKind kind, TextSpan anchor,
            String anchorText, String beforeValue, String afterValue, String note, String editor, Instant createdAt) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a correction needs a note saying why");
        }
        this.articleId = articleId;
        this.contentHash = contentHash;
        this.statementId = statementId;
        this.kind = kind;
        this.anchorStart = anchor.start();
        this.anchorEnd = anchor.end();
        this.anchorText = anchorText;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
        this.note = note.strip();
        this.editor = editor;
        this.createdAt = createdAt;
    }

    void placedOn(Long statement) {
        this.statementId = statement;
        this.status = CorrectionStatus.APPLIED;
        this.attentionReason = null;
    }

    void needsAttention(String reason) {
        this.statementId = null;
        this.status = CorrectionStatus.NEEDS_ATTENTION;
        this.attentionReason = reason;
    }

    public TextSpan anchor() {
        return new TextSpan(anchorStart, anchorEnd);
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Long getStatementId() {
        return statementId;
    }

    public CorrectionKind getKind() {
        return kind;
    }

    public String getAnchorText() {
        return anchorText;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }

    public String getNote() {
        return note;
    }

    public String getEditor() {
        return editor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public CorrectionStatus getStatus() {
        return status;
    }

    public String getAttentionReason() {
        return attentionReason;
    }
}
