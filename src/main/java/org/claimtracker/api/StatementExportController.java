package org.claimtracker.api;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementQuery;
import org.claimtracker.statement.StatementSearch;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every statement matching a filter, as CSV or JSON Lines, for notebooks and spreadsheets. Rows are written to the
 * response as {@link StatementSearch#forEach} reads them from the database in batches, so an export of any size
 * holds one batch in memory, never the whole list, and holds no database connection while the client reads. Cells
 * that a spreadsheet would take for a formula are neutralised ({@link SpreadsheetSafe}); at most a few exports run
 * at once ({@link ExportSlots}). The request thread does the writing (not an async
 * StreamingResponseBody) so a long export is not cut off by the async request timeout.
 */
@Tag(name = "Exports", description = "Every statement matching a filter, as a download")
@RestController
class StatementExportController {

    static final String CSV = "text/csv";
    static final String JSON_LINES = "application/jsonl";
    private static final int BUFFER_BYTES = 64 * 1024;

    private final StatementSearch search;
    private final StatementFilters filters;
    private final ObjectWriter json;
    private final ExportSlots slots;

    StatementExportController(StatementSearch search, StatementFilters filters, JsonMapper json, ExportSlots slots) {
        this.search = search;
        this.filters = filters;
        this.json = json.writer();
        this.slots = slots;
    }

    @Operation(summary = "Export statements as CSV",
            description = "RFC 4180, UTF-8, a header row with the field names of the JSON statement item. topics "
                    + "are joined with ';' (CEASEFIRE;NATO), stances as CODE=STANCE pairs (CEASEFIRE=SUPPORTS;NATO="
                    + "OPPOSES); null is an empty cell. Same filters and order as /api/statements; page and size "
                    + "are ignored: every matching statement is exported.")
    @StatementFilterParameters
    @ApiResponse(responseCode = "200", description = "The CSV file, streamed",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"statements"
                    + "[-SPEAKER][-TOPIC].csv\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @DocumentedResponses.BadRequest
    @ApiResponse(responseCode = "503", description = "Too many exports are running; Retry-After says when to try "
            + "again", content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @GetMapping(path = "/statements.csv", produces = CSV)
    void csv(@Parameter(hidden = true) StatementQuery query, HttpServletResponse response) throws IOException {
        StatementFilter filter = filters.all(query);
        if (!slots.tryTake()) {
            busy(response);
            return;
        }
        try {
            writeCsv(filter, response);
        } finally {
            slots.give();
        }
    }

    private void writeCsv(StatementFilter filter, HttpServletResponse response) throws IOException {
        startDownload(response, CSV + ";charset=UTF-8;header=present", filter, "csv");
        // buffered as characters: the CSV printer writes a record in many short pieces, each of which an
        // unbuffered encoder would lock and encode on its own (40% of an export's time)
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                BUFFER_BYTES);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(StatementResponse.FIELDS.toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            search.forEach(filter,
                    hit -> unchecked(() -> csv.printRecord(csvRecord(SpreadsheetSafe.of(StatementResponse.of(hit))))));
        }
    }

    @Operation(summary = "Export statements as JSON Lines",
            description = "One statement item per line, exactly as /api/statements gives them, UTF-8. Same filters "
                    + "and order as /api/statements; page and size are ignored.")
    @StatementFilterParameters
    @ApiResponse(responseCode = "200", description = "The JSON Lines file, streamed",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"statements"
                    + "[-SPEAKER][-TOPIC].jsonl\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = JSON_LINES, schema = @Schema(implementation = StatementResponse.class)))
    @DocumentedResponses.BadRequest
    @ApiResponse(responseCode = "503", description = "Too many exports are running; Retry-After says when to try "
            + "again", content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @GetMapping(path = "/statements.jsonl", produces = JSON_LINES)
    void jsonLines(@Parameter(hidden = true) StatementQuery query, HttpServletResponse response) throws IOException {
        StatementFilter filter = filters.all(query);
        if (!slots.tryTake()) {
            busy(response);
            return;
        }
        try {
            writeJsonLines(filter, response);
        } finally {
            slots.give();
        }
    }

    private void writeJsonLines(StatementFilter filter, HttpServletResponse response) throws IOException {
        startDownload(response, JSON_LINES + ";charset=UTF-8", filter, "jsonl");
        try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), BUFFER_BYTES)) {
            search.forEach(filter, hit -> unchecked(() -> {
                out.write(json.writeValueAsBytes(SpreadsheetSafe.of(StatementResponse.of(hit))));
                out.write('\n');
            }));
        }
    }

    /** The values of a CSV row, in {@link StatementResponse#FIELDS} order. */
    static List<Object> csvRecord(StatementResponse s) {
        return Arrays.asList(s.id(), s.actorSlug(), s.articleId(), s.source(), s.articleDate(), s.outlet(), s.title(),
                s.author(), s.url(), s.publishedOn(), s.saidOn(), s.kind(), s.text(), s.start(), s.end(),
                s.parts().stream().map(p -> p.start() + "-" + p.end()).collect(Collectors.joining(";")),
                s.speaker(), s.mention(), s.cue(), String.join(";", s.topics()),
                s.stances().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(";")));
    }

    private static void busy(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(ExportSlots.RETRY_AFTER_SECONDS));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Too many exports are running; try again in " + ExportSlots.RETRY_AFTER_SECONDS
                + " seconds.\n");
    }

    private static void startDownload(HttpServletResponse response, String contentType, StatementFilter filter,
            String extension) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName(filter, extension)).build().toString());
    }

    /** "statements-dmitry-peskov-ceasefire.csv": the speaker and topic of the filter, when it has one of each. */
    static String fileName(StatementFilter filter, String extension) {
        StringBuilder name = new StringBuilder("statements");
        if (filter.speakers().size() == 1) {
            name.append('-').append(filter.speakers().get(0).replaceAll("[^A-Za-z0-9-]", ""));
        }
        if (filter.topic() != null) {
            name.append('-').append(filter.topic().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return name.append('.').append(extension).toString();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
