package org.claimtracker.extraction;

import java.util.List;

/** What extraction found in one article: its statements in article order, and the roles it gives actors. */
public record ArticleAnalysis(List<ExtractedStatement> statements, List<RoleMention> roles) {

    public ArticleAnalysis {
        statements = List.copyOf(statements);
        roles = List.copyOf(roles);
    }
}
