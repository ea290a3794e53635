package org.claimtracker.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subject statements take positions on, such as CEASEFIRE. The list lives in the database, seeded by Flyway. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Topic() {
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
