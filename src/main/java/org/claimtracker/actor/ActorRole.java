package org.claimtracker.actor;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.claimtracker.article.Article;

/** A role one article gives an actor, where it says so, dated by the article. */
@Entity
@Table(name = "actor_role")
public class ActorRole {

    @Id
    // pooled: 50 ids per sequence call (V9), so that inserts can be batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_role_id")
    @SequenceGenerator(name = "actor_role_id", sequenceName = "actor_role_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(nullable = false)
    private String role;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(name = "stated_on")
    private LocalDate statedOn;

    protected ActorRole() {
    }

    public ActorRole(Actor actor, Article article, String role, int startOffset, int endOffset) {
        this.actor = actor;
        this.article = article;
        this.role = role;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.statedOn = article.getPublishedOn();
    }

    public Long getId() {
        return id;
    }

    public String getRole() {
        return role;
    }

    public LocalDate getStatedOn() {
        return statedOn;
    }
}
