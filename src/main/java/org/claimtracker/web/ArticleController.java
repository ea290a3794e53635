package org.claimtracker.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.ingest.IngestionFileRepository;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementHit;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.statement.StatementSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    private final ArticleRepository articles;
    private final StatementSearch search;
    private final StatementRepository statements;
    private final IngestionFileRepository ingestionFiles;

    ArticleController(ArticleRepository articles, StatementSearch search, StatementRepository statements,
            IngestionFileRepository ingestionFiles) {
        this.articles = articles;
        this.search = search;
        this.statements = statements;
        this.ingestionFiles = ingestionFiles;
    }

    @GetMapping("/articles/{id}")
    String show(@PathVariable long id, Model model) {
        Article article = articles.findById(id).orElseThrow(() -> new PageNotFoundException("article", id));
        List<StatementHit> hits = search.findByArticle(id);
        // the hits carry speaker names; the entities carry the parts of split quotes (no lazy association is read)
        Map<Long, Statement> entities = statements.findByArticleIdOrderBySeq(id).stream()
                .collect(Collectors.toMap(Statement::getId, Function.identity()));
        List<MarkedText.Mark> marks = hits.stream()
                .map(h -> new MarkedText.Mark(h.id(), entities.get(h.id()).parts(),
                        h.hasSpeaker() ? h.actorName() : (h.mention() != null ? h.mention() : "Unattributed")))
                .toList();
        List<ArticleView.IngestionRecord> ingestions = ingestionFiles.findByArticleIdOrderByProcessedAt(id).stream()
                .map(f -> new ArticleView.IngestionRecord(f.getRunId(), f.getFileName(), f.getPath(),
                        f.getOutcome().name(), f.getProcessedAt()))
                .toList();
        model.addAttribute("view", new ArticleView(article.getId(), article.getTitle(), article.getHeadline(),
                article.getOutlet(), article.getAuthor(), article.getUrl(),
                article.getPublishedOn(), article.getDateSource(), article.getSourceName(), article.getContentHash(),
                article.getExtractorVersion(), article.getIngestedAt(), MarkedText.of(article.getBody(), marks), hits,
                ingestions));
        return "articles/show";
    }
}
