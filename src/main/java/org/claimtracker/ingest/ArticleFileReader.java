package org.claimtracker.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;

/**
 * Reads one file into an article: checks what every format shares (size, emptiness, binary content, UTF-8), then
 * hands the text to the reader for its extension. Every failure becomes a {@link RejectedFileException} whose
 * message says why, once.
 * <p>
 * Metadata is merged field by field, each field from the first source that has it: what an editor typed into the
 * upload form, a text file's header, a metadata table beside the file, a page's HTML metadata, and for the date
 * the file name.
 */
public final class ArticleFileReader {

    private final long maxBytes;
    private final List<ArticleReader> readers = List.of(new PlainTextArticleReader(), new HtmlArticleReader());

    public ArticleFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public boolean supports(String fileName) {
        String ext = extension(fileName);
        return readers.stream().anyMatch(r -> r.supports(ext));
    }

    public ParsedArticle read(String fileName, byte[] bytes) throws RejectedFileException {
        return read(fileName, bytes, ArticleMetadata.NONE, ArticleMetadata.NONE);
    }

    /**
     * @param given what the person ingesting said about the file (the upload form), which outranks everything
     * @param table what a metadata table beside the file says about it
     */
    public ParsedArticle read(String fileName, byte[] bytes, ArticleMetadata given, ArticleMetadata table)
            throws RejectedFileException {
        String ext = extension(fileName);
        ArticleReader reader = readers.stream().filter(r -> r.supports(ext)).findFirst()
                .orElseThrow(() -> new RejectedFileException(
                        "unsupported file type '" + (ext.isEmpty() ? fileName : "." + ext) + "': expected .txt, .html or .htm"));
        if (bytes.length > maxBytes) {
            throw new RejectedFileException("file is " + bytes.length + " bytes, over the limit of " + maxBytes);
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new RejectedFileException("file is empty");
        }
        ParsedArticle article = reader.read(fileName, text);
        if (article.body().isBlank()) {
            throw new RejectedFileException("file has no article text");
        }
        ArticleMetadata own = article.metadata();
        ArticleMetadata fromFiles = reader.outranksMetadataTable() ? own.orElse(table) : table.orElse(own);
        ArticleMetadata merged = given.orElse(fromFiles)
                .orElse(ArticleMetadata.dated(FileNameDates.find(fileName), PublicationDateSource.FILE_NAME));
        return new ParsedArticle(article.sourceName(), article.body(), merged);
    }

    private static String decode(byte[] bytes) throws RejectedFileException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new RejectedFileException("binary file: it contains NUL bytes");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RejectedFileException("not valid UTF-8 text", e);
        }
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
