package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.account.Accounts;
import org.claimtracker.account.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What only the real servlet container shows: the session cookie's SameSite attribute and the multipart limits
 * (many files, long file names, and a clear 413 beyond them). Same context as the browser tests.
 */
@Tag("database")
@Tag("reliability")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseCleaner.class)
class HttpServerHardeningTests {

    private static final String USER = "upload-test";
    private static final String PASSWORD = "upload-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void anEditor(@Autowired DatabaseCleaner cleaner) {
        cleaner.clean();
        jdbc.update("delete from app_user where username = ?", USER);
        accounts.add(USER, UserRole.EDITOR, PASSWORD, "test");
    }

    @AfterEach
    void forgetIt() {
        jdbc.update("delete from app_user where username = ?", USER);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void anUploadOfManyFilesWithLongNamesIsAcceptedAndOneOverTheLimitsIsExplained() throws Exception {
        signIn();
        String longName = "a".repeat(600) + ".txt";
        HttpResponse<String> many = upload(60, longName);
        assertThat(many.statusCode()).isEqualTo(302);
        assertThat(many.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .contains("/ingestion/runs/"));

        HttpResponse<String> tooMany = upload(1001, "b.txt");
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(tooMany.body()).contains("That upload is too large").contains("at most 1000 files, each at most 64MB, 256MB in all");
    }

    private void signIn() throws Exception {
        String token = csrf(http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
        String form = "username=" + USER + "&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error"));
    }

    private HttpResponse<String> upload(int files, String firstName) throws Exception {
        String form = http.send(get("/ingest"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(form).contains("At most 1000 files and 256MB per upload.");
        String token = csrf(form);
        String boundary = "----boundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "form-data; name=\"_csrf\"", token);
        for (int i = 0; i < files; i++) {
            String name = i == 0 ? firstName : "file-" + i + ".txt";
            part(body, boundary, "form-data; name=\"files\"; filename=\"" + name + "\"\r\nContent-Type: text/plain",
                    "“Upload number " + i + " must work,” he said.");
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\n" + content + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
