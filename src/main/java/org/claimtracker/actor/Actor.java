package org.claimtracker.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.claimtracker.extraction.ActorKind;
import org.hibernate.annotations.BatchSize;

/** A person or body that makes statements: one row per actor across all articles, whatever the spelling. */
@Entity
@Table(name = "actor")
public class Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // ingestion resolves an article's speakers together: their aliases load in one query, not one per actor
    @BatchSize(size = 64)
    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias")
    private Set<String> aliases = new TreeSet<>();

    protected Actor() {
    }

    public Actor(String slug, String name, ActorKind kind, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    /** Records other names the actor goes by; its own name is not an alias. Returns those it did not have. */
    public List<String> addAliases(Collection<String> names) {
        List<String> added = new ArrayList<>(0);
        for (String alias : names) {
            String stripped = alias.strip();
            if (!stripped.isEmpty() && !stripped.equalsIgnoreCase(name) && aliases.add(stripped)) {
                added.add(stripped);
            }
        }
        return added;
    }

    /**
     * Takes the name and kind resolution now gives the actor (an earlier extractor stored "Kyiv's Ministry of
     * Foreign Affairs" as a person); the old name stays an alias.
     */
    public void renameTo(String newName, String newSlug, ActorKind newKind) {
        if (!newName.equals(name)) {
            aliases.add(name);
            aliases.remove(newName);
            name = newName;
            slug = newSlug;
        }
        kind = newKind;
    }

    /** Takes a kind the resolution is sure of (media, an organisation) over a stored guess. */
    public void classifyAs(ActorKind newKind) {
        kind = newKind;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }
}
