package org.claimtracker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.claimtracker.article.ArticleMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metadata tables of a batch: for each folder holding a file of the batch, the {@code .csv} and {@code .tsv}
 * files there that are metadata tables ({@link MetadataTable}). A file is described by the tables of its own folder;
 * when two tables there name it, the one whose name sorts first wins.
 */
final class MetadataTables {

    private static final Logger log = LoggerFactory.getLogger(MetadataTables.class);

    private final Map<Path, List<MetadataTable>> byFolder = new HashMap<>();
    /** By absolute path, or by file name for uploads. */
    private final Map<String, MetadataTable> tables = new LinkedHashMap<>();
    private final long maxBytes;

    private MetadataTables(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads the tables beside the files; tables larger than {@code maxBytes} or unreadable are left out. */
    static MetadataTables beside(List<Path> files, long maxBytes) {
        MetadataTables found = new MetadataTables(maxBytes);
        files.stream().map(f -> f.toAbsolutePath().normalize().getParent()).distinct()
                .forEach(folder -> found.byFolder.put(folder, found.readFolder(folder)));
        return found;
    }

    /**
     * Tables among uploaded files, which describe the other files of the same upload; tables larger than
     * {@code maxBytes} or unreadable are left out, as beside files on disk.
     */
    static MetadataTables among(List<UploadedFile> uploads, long maxBytes) {
        MetadataTables found = new MetadataTables(maxBytes);
        List<MetadataTable> list = new ArrayList<>();
        for (UploadedFile upload : uploads) {
            if (MetadataTable.mayBeTable(upload.fileName()) && upload.size() <= maxBytes) {
                try (InputStream in = upload.content().open()) {
                    String text = new String(in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 16)),
                            StandardCharsets.UTF_8);
                    MetadataTable.parse(upload.fileName(), text).ifPresent(table -> {
                        list.add(table);
                        found.tables.put(upload.fileName(), table);
                    });
                } catch (IOException e) {
                    // an unreadable table describes nothing; its own outcome row says it was skipped
                }
            }
        }
        found.byFolder.put(null, list);
        return found;
    }

    ArticleMetadata forFile(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return describe(byFolder.getOrDefault(folder, List.of()), file.getFileName().toString());
    }

    ArticleMetadata forUpload(String fileName) {
        return describe(byFolder.getOrDefault(null, List.of()), fileName);
    }

    /** The table read from this file, when it is one. */
    Optional<MetadataTable> tableAt(Path file) {
        return Optional.ofNullable(tables.get(file.toAbsolutePath().normalize().toString()));
    }

    /** The table read from this uploaded file, when it is one. */
    Optional<MetadataTable> tableUploaded(String fileName) {
        return Optional.ofNullable(tables.get(fileName));
    }

    private static ArticleMetadata describe(List<MetadataTable> tables, String fileName) {
        ArticleMetadata merged = ArticleMetadata.NONE;
        for (MetadataTable table : tables) {
            merged = merged.orElse(table.forFile(fileName));
        }
        return merged;
    }

    private List<MetadataTable> readFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<MetadataTable> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> MetadataTable.mayBeTable(f.getFileName().toString()))
                    .filter(Files::isRegularFile).sorted().toList()) {
                read(file).ifPresent(table -> {
                    found.add(table);
                    tables.put(file.toAbsolutePath().normalize().toString(), table);
                });
            }
        } catch (IOException e) {
            log.warn("Cannot list {} for metadata tables: {}", folder, e.getMessage());
        }
        return found;
    }

    private Optional<MetadataTable> read(Path file) {
        try {
            if (Files.size(file) > maxBytes) {
                log.warn("Metadata table {} is over the size limit of {} bytes: not read", file, maxBytes);
                return Optional.empty();
            }
            return MetadataTable.parse(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            log.warn("Cannot read metadata table {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
