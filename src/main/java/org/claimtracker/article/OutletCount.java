package org.claimtracker.article;

/** An outlet as articles name it, with how many stored articles it published. */
public record OutletCount(String name, long articles) {
}
