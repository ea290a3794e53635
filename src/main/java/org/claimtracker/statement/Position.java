package org.claimtracker.statement;

import java.time.LocalDate;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.claimtracker.actor.Actor;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StanceCall;

/** The stance one statement takes on one topic: a point in its speaker's position history. */
@Entity
@Table(name = "position")
public class Position {

    @Id
    // pooled: 50 ids per sequence call (V9), so that inserts can be batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_id")
    @SequenceGenerator(name = "position_id", sequenceName = "position_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    private Statement statement;

    @ManyToOne(fetch = FetchType.LAZY)
    // Kept in step with the statement's speaker by the database (on update cascade), never written from here.
    @JoinColumn(name = "actor_id", updatable = false)
    private Actor actor;

    @Column(name = "topic_code", nullable = false)
    private String topicCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stance stance;

    @Column(name = "stated_on")
    private LocalDate statedOn;

    @Column(nullable = false)
    private float confidence;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    private String cue;

    protected Position() {
    }

    Position(Statement statement, Actor actor, String topicCode, StanceCall call, LocalDate statedOn) {
        this.statement = statement;
        this.actor = actor;
        this.topicCode = topicCode;
        this.stance = call.stance();
        this.confidence = (float) call.confidence();
        this.decidedBy = call.rule();
        this.cue = call.cue();
        this.statedOn = statedOn;
    }

    void restate(Stance newStance) {
        this.stance = newStance;
    }

    void redate(LocalDate date) {
        this.statedOn = date;
    }

    public Long getId() {
        return id;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public Stance getStance() {
        return stance;
    }

    public LocalDate getStatedOn() {
        return statedOn;
    }

    public float getConfidence() {
        return confidence;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getCue() {
        return cue;
    }
}
