package org.claimtracker.article;

import java.time.LocalDate;

/** An article as the article index lists it. */
public record ArticleListing(long id, String outlet, String headline, LocalDate publishedOn, long statements) {
}
