package org.claimtracker.extraction;

import java.util.List;

/** The fourth stage's output: attributed statements in text order and the roles the article gives its actors. */
record AttributedText(Candidates candidates, List<AttributedStatement> statements, List<RoleMention> roles) {

    AttributedText {
        statements = List.copyOf(statements);
        roles = List.copyOf(roles);
    }
}
