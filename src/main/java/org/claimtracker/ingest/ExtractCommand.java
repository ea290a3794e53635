package org.claimtracker.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.extraction.ArticleAnalysis;
import org.claimtracker.extraction.ExtractedStatement;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementExtractor;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract PATH...}: runs the extraction library alone over files and folders and prints one JSON object per
 * statement (JSON Lines) on stdout, diagnostics on stderr. No database, no web server, nothing written.
 */
public final class ExtractCommand {

    /** One output line, in the field order of the extract contract. */
    record StatementLine(String source, LocalDate articleDate, String kind, String text, int start, int end,
            List<Part> parts, String speaker, String mention, String cue, List<String> topics,
            Map<String, Stance> stances) {

        static StatementLine of(ParsedArticle article, ExtractedStatement s) {
            return new StatementLine(article.sourceName(), article.publishedOn(), s.kind().name(), s.text(),
                    s.span().start(), s.span().end(), s.parts().stream().map(p -> new Part(p.start(), p.end())).toList(),
                    s.speaker() == null ? null : s.speaker().canonicalName(), s.mention(), s.cue(), s.topics(),
                    s.stances());
        }
    }

    /** One part of a statement's content: a split or multi-paragraph quotation has several. */
    record Part(int start, int end) {
    }

    private final ArticleFileReader fileReader;
    private final StatementExtractor extractor;
    private final ObjectWriter json = JsonMapper.builder().build().writer();

    public ExtractCommand(ArticleFileReader fileReader, StatementExtractor extractor) {
        this.fileReader = fileReader;
        this.extractor = extractor;
    }

    /** Returns the process exit code: 0 when at least one article was read, 1 when none could be, 2 on misuse. */
    public int run(List<String> args, Writer out, PrintStream err) throws IOException {
        if (args.isEmpty()) {
            err.println("usage: extract PATH...   (files or folders of .txt and .html articles)");
            return 2;
        }
        PrintWriter lines = new PrintWriter(out);
        List<Path> named = args.stream().map(Path::of).toList();
        List<Path> files = ArticleFiles.expand(named);
        // a folder's metadata table (MANIFEST.tsv) gives dates and outlets as it does to ingestion
        MetadataTables tables = MetadataTables.beside(files, fileReader.maxBytes());
        int read = 0;
        int statements = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!named.contains(file) && !fileReader.supports(name)) {
                continue; // a folder's README or manifest is not an article
            }
            try {
                ParsedArticle article = fileReader.read(name, readBytes(file), ArticleMetadata.NONE,
                        tables.forFile(file));
                ArticleAnalysis analysis = extractor.extract(article.toArticleText());
                for (ExtractedStatement statement : analysis.statements()) {
                    lines.println(json.writeValueAsString(StatementLine.of(article, statement)));
                }
                read++;
                statements += analysis.statements().size();
            } catch (RejectedFileException e) {
                err.println("rejected " + file + ": " + e.getMessage());
            }
        }
        lines.flush();
        err.println("extract: " + read + " articles, " + statements + " statements");
        return read > 0 ? 0 : 1;
    }

    private static byte[] readBytes(Path file) throws RejectedFileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RejectedFileException("cannot read file: " + e.getMessage(), e);
        }
    }
}
