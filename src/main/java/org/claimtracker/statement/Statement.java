package org.claimtracker.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.claimtracker.actor.Actor;
import org.claimtracker.article.Article;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StanceCall;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something an article presents an actor (or an unnamed source) as having said, with where in the article it
 * stands and how the speaker was decided.
 */
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    // pooled: 50 ids per sequence call (V9), so that inserts can be batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_id")
    @SequenceGenerator(name = "statement_id", sequenceName = "statement_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementKind kind;

    @Column(nullable = false)
    private String content;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "part_offsets", nullable = false, columnDefinition = "int[]")
    private int[] partOffsets;

    private String mention;

    private String cue;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(nullable = false)
    private float confidence;

    @Column(name = "said_on")
    private LocalDate saidOn;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Position> positions = new ArrayList<>();

    /**
     * The positions as list-filter keys, written with a new statement so that its insert is its only write; later
     * changes of its positions reach the column through the database's trigger, never from here.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "position_keys", nullable = false, updatable = false, columnDefinition = "text[]")
    private String[] positionKeys = new String[0];

    protected Statement() {
    }

    @PrePersist
    void keyPositions() {
        positionKeys = positions.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.getTopicCode(), p.getTopicCode() + ":" + p.getStance(),
                        ":" + p.getStance()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }

    public Statement(Article article, Actor actor, int seq, StatementKind kind, String content, List<TextSpan> parts,
            String mention, String cue, String decidedBy, double confidence, LocalDate saidOn) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one span");
        }
        this.article = article;
        this.actor = actor;
        this.seq = seq;
        this.kind = kind;
        this.content = content;
        this.partOffsets = parts.stream().flatMapToInt(p -> java.util.stream.IntStream.of(p.start(), p.end())).toArray();
        this.startOffset = partOffsets[0];
        this.endOffset = partOffsets[partOffsets.length - 1];
        this.mention = mention;
        this.cue = cue;
        this.decidedBy = decidedBy;
        this.confidence = (float) confidence;
        this.saidOn = saidOn;
    }

    /** Records the stance this statement takes on a topic, dated when the words were said (else the article's). */
    public void takePosition(String topicCode, StanceCall call) {
        LocalDate date = saidOn != null ? saidOn : article.getPublishedOn();
        positions.add(new Position(this, actor, topicCode, call, date));
    }

    /** As {@link #takePosition(String, StanceCall)} for a stance known without its evidence. */
    public void takePosition(String topicCode, Stance stance) {
        takePosition(topicCode, StanceCall.unexplained(stance));
    }

    public List<TextSpan> parts() {
        List<TextSpan> parts = new ArrayList<>();
        for (int i = 0; i < partOffsets.length; i += 2) {
            parts.add(new TextSpan(partOffsets[i], partOffsets[i + 1]));
        }
        return parts;
    }

    /** An editor named another speaker (or none); the database's cascade moves the positions with it. */
    public void reassign(Actor speaker) {
        this.actor = speaker;
    }

    public void reclassify(StatementKind newKind) {
        this.kind = newKind;
    }

    /** An editor moved the statement's bounds; its text follows the article body. */
    public void respan(TextSpan span) {
        String body = article.getBody();
        if (span.end() > body.length()) {
            throw new IllegalArgumentException("the span " + span.start() + "-" + span.end()
                    + " falls outside the article body (" + body.length() + " characters)");
        }
        this.partOffsets = new int[] {span.start(), span.end()};
        this.startOffset = span.start();
        this.endOffset = span.end();
        this.content = span.of(body);
    }

    /** Replaces the topics and stances: kept topics change stance in place, others are dropped or added. */
    public void restance(Map<String, Stance> stances) {
        positions.removeIf(p -> !stances.containsKey(p.getTopicCode()));
        Map<String, Stance> missing = new TreeMap<>(stances);
        for (Position position : positions) {
            position.restate(missing.remove(position.getTopicCode()));
        }
        missing.forEach(this::takePosition);
    }

    /** An editor dated the words; the positions are dated with them (or with the article, when cleared). */
    public void redate(LocalDate newSaidOn) {
        this.saidOn = newSaidOn;
        LocalDate date = newSaidOn != null ? newSaidOn : article.getPublishedOn();
        positions.forEach(p -> p.redate(date));
    }

    /** The stance taken on each topic, by topic code. */
    public Map<String, Stance> stances() {
        Map<String, Stance> stances = new TreeMap<>();
        positions.forEach(p -> stances.put(p.getTopicCode(), p.getStance()));
        return stances;
    }

    public TextSpan span() {
        return new TextSpan(startOffset, endOffset);
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Actor getActor() {
        return actor;
    }

    public int getSeq() {
        return seq;
    }

    public StatementKind getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getMention() {
        return mention;
    }

    public String getCue() {
        return cue;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public float getConfidence() {
        return confidence;
    }

    public LocalDate getSaidOn() {
        return saidOn;
    }

    public List<Position> getPositions() {
        return List.copyOf(positions);
    }
}
