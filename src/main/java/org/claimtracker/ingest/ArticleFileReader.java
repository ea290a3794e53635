package org.claimtracker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;

/**
 * Reads one file into an article: checks what every format shares (size, emptiness, binary content, UTF-8), then
 * hands the text to the reader for its extension. The size limit is checked before a byte is read, and reading
 * stops at the limit, so no file, however large, can exhaust the heap. Every failure becomes a {@link RejectedFileException} whose
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

    /** The largest file read; metadata tables beside the files are held to it too. */
    public long maxBytes() {
        return maxBytes;
    }

    public boolean supports(String fileName) {
        String ext = extension(fileName);
        return readers.stream().anyMatch(r -> r.supports(ext));
    }

    /** Reads a file from disk: its type and size are checked first, and at most the limit is read. */
    public ParsedArticle read(Path file) throws RejectedFileException, IOException {
        return read(file, ArticleMetadata.NONE, ArticleMetadata.NONE);
    }

    /**
     * @param given what the person ingesting said about the file (the upload form), which outranks everything
     * @param table what a metadata table beside the file says about it
     */
    public ParsedArticle read(Path file, ArticleMetadata given, ArticleMetadata table)
            throws RejectedFileException, IOException {
        String fileName = file.getFileName().toString();
        readerFor(fileName);
        checkSize(Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            return read(fileName, readAtMostTheLimit(in), given, table);
        }
    }

    public ParsedArticle read(String fileName, long size, UploadedFile.Content content)
            throws RejectedFileException, IOException {
        return read(fileName, size, content, ArticleMetadata.NONE, ArticleMetadata.NONE);
    }

    /**
     * Reads a stream (an upload) of the given declared size the same way: refused before reading when the size
     * is over the limit, and never more than the limit read.
     */
    public ParsedArticle read(String fileName, long size, UploadedFile.Content content, ArticleMetadata given,
            ArticleMetadata table) throws RejectedFileException, IOException {
        readerFor(fileName);
        checkSize(size);
        try (InputStream in = content.open()) {
            return read(fileName, readAtMostTheLimit(in), given, table);
        }
    }

    public ParsedArticle read(String fileName, byte[] bytes) throws RejectedFileException {
        return read(fileName, bytes, ArticleMetadata.NONE, ArticleMetadata.NONE);
    }

    public ParsedArticle read(String fileName, byte[] bytes, ArticleMetadata given, ArticleMetadata table)
            throws RejectedFileException {
        ArticleReader reader = readerFor(fileName);
        checkSize(bytes.length);
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

    private ArticleReader readerFor(String fileName) throws RejectedFileException {
        String ext = extension(fileName);
        return readers.stream().filter(r -> r.supports(ext)).findFirst()
                .orElseThrow(() -> new RejectedFileException(
                        "unsupported file type '" + (ext.isEmpty() ? fileName : "." + ext) + "': expected .txt, .html or .htm"));
    }

    private void checkSize(long size) throws RejectedFileException {
        if (size > maxBytes) {
            throw new RejectedFileException("file is " + size + " bytes, over the limit of " + maxBytes);
        }
    }

    /** The limit plus one byte at most, so a file that grew since its size was looked at is still refused. */
    private byte[] readAtMostTheLimit(InputStream in) throws IOException, RejectedFileException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        checkSize(bytes.length);
        return bytes;
    }

    private static String decode(byte[] bytes) throws RejectedFileException {
        Charset utf16 = utf16ByByteOrderMark(bytes);
        if (utf16 != null) {
            return strictly(bytes, utf16, "not valid UTF-16 text (it starts with a UTF-16 byte order mark)");
        }
        for (byte b : bytes) {
            if (b == 0) {
                if (looksLikeUtf16(bytes)) {
                    throw new RejectedFileException("UTF-16 without a byte order mark is not supported; save the "
                            + "file as UTF-8");
                }
                throw new RejectedFileException("binary file: it contains NUL bytes");
            }
        }
        return strictly(bytes, StandardCharsets.UTF_8, "not valid UTF-8 text");
    }

    /** UTF-16 with a byte order mark (what Windows Notepad saves as "Unicode") is converted. */
    private static Charset utf16ByByteOrderMark(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16; // big-endian; the decoder drops the mark
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16; // little-endian; UTF_16 reads the mark and drops it
        }
        return null;
    }

    /** Latin text in UTF-16 has a NUL in every other byte of its first characters. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 200) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        return n >= 4 && Math.max(evenZeros, oddZeros) * 2 >= n / 2 && Math.min(evenZeros, oddZeros) == 0;
    }

    private static String strictly(byte[] bytes, Charset charset, String failure) throws RejectedFileException {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RejectedFileException(failure, e);
        }
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
