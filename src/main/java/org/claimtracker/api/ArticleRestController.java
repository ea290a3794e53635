package org.claimtracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementSearch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Articles")
@RestController
class ArticleRestController {

    private final ArticleRepository articles;
    private final StatementSearch statements;

    ArticleRestController(ArticleRepository articles, StatementSearch statements) {
        this.articles = articles;
        this.statements = statements;
    }

    @Operation(summary = "One article with its body and statements")
    @DocumentedResponses.Ok
    @DocumentedResponses.BadRequest
    @DocumentedResponses.NotFound
    @GetMapping("/api/articles/{id}")
    ArticleResponse article(@Parameter(description = "Article id") @PathVariable long id) {
        return articles.findById(id)
                .map(article -> ArticleResponse.of(article,
                        statements.findByArticle(id).stream().map(StatementResponse::of).toList()))
                .orElseThrow(() -> new NotFoundException("article", id));
    }
}
