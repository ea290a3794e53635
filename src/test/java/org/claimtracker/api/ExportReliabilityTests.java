package org.claimtracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementQuery;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Slow downloads hold no database connection and cannot crowd out the pages; exported cells are no formulas. */
@IntegrationTest
@Tag("reliability")
class ExportReliabilityTests {

    private static final StatementQuery ALL = new StatementQuery(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementExportController exports;

    @Autowired
    DataSource dataSource;

    Article article;

    @BeforeEach
    void manyStatements(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        article = new TestData(articles, actors, statements).article("2025-03-01-long.txt", "Reuters",
                LocalDate.of(2025, 3, 1), "x".repeat(2000));
        // 400 statements of about 420 bytes: an export of some 200 KB, more than the writer buffers.
        jdbc.update("""
                insert into statement (article_id, seq, kind, content, start_offset, end_offset, part_offsets,
                                       decided_by, confidence)
                select ?, g, 'DIRECT', repeat('words ', 70) || g, 0, 10, array[0, 10], 'test', 0.9
                from generate_series(0, 399) g""", article.getId());
    }

    @Test
    void slowDownloadsHoldNoConnectionAndBeyondTheCapAreAskedToComeBack() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        CountDownLatch clientsMayRead = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<Future<MockHttpServletResponse>> downloads = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                boolean csv = i % 2 == 0;
                downloads.add(clients.submit(() -> {
                    MockHttpServletResponse response = new StalledClientResponse(clientsMayRead);
                    if (csv) {
                        exports.csv(ALL, response);
                    } else {
                        exports.jsonLines(ALL, response);
                    }
                    return response;
                }));
            }
            Thread.sleep(1500); // every download has started and the admitted ones are stuck writing

            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                mvc.perform(get("/statements")).andExpect(status().isOk());
                mvc.perform(get("/api/statements")).andExpect(status().isOk());
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5000);

            clientsMayRead.countDown();
            int complete = 0;
            int refused = 0;
            for (Future<MockHttpServletResponse> download : downloads) {
                MockHttpServletResponse response = download.get(60, TimeUnit.SECONDS);
                if (response.getStatus() == 503) {
                    refused++;
                    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
                } else {
                    complete++;
                    assertThat(response.getStatus()).isEqualTo(200);
                    assertThat(response.getContentAsString(StandardCharsets.UTF_8).lines()
                            .filter(l -> l.contains("words words")).count()).isEqualTo(400);
                }
            }
            assertThat(complete).isEqualTo(4);
            assertThat(refused).isEqualTo(16);
        } finally {
            clientsMayRead.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaAreNeutralised() throws Exception {
        jdbc.update("delete from statement");
        String[] hostile = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx",
                "plain words"};
        for (int i = 0; i < hostile.length; i++) {
            jdbc.update("""
                    insert into statement (article_id, seq, kind, content, start_offset, end_offset, part_offsets,
                                           decided_by, confidence, mention)
                    values (?, ?, 'DIRECT', ?, 0, 10, array[0, 10], 'test', 0.9, ?)""",
                    article.getId(), i, hostile[i], hostile[i]);
        }

        String csv = mvc.perform(get("/statements.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("text")).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://evil.example\",\"x\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx",
                "plain words");
        assertThat(rows).extracting(r -> r.get("mention")).allMatch(m -> m.startsWith("'") || m.equals("plain words"));

        String jsonLines = mvc.perform(get("/statements.jsonl")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(jsonLines).contains("\"text\":\"'=HYPERLINK(").contains("\"text\":\"'@SUM(A1)\"")
                .contains("\"text\":\"plain words\"").doesNotContain("\"text\":\"=");
    }

    /** A client that reads nothing until told to: the server's writes block, as on a full socket. */
    static final class StalledClientResponse extends MockHttpServletResponse {

        private final CountDownLatch mayRead;
        private ServletOutputStream stream;

        StalledClientResponse(CountDownLatch mayRead) {
            this.mayRead = mayRead;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                ServletOutputStream target = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        awaitClient();
                        target.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        awaitClient();
                        target.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }
                };
            }
            return stream;
        }

        private void awaitClient() throws IOException {
            try {
                mayRead.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
