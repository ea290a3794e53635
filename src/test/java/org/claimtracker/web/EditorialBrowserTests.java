package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.claimtracker.account.Accounts;
import org.claimtracker.account.UserRole;
import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.support.CorrectionArticle;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The editorial loop in a real browser: an editor signs in, corrects a speaker on one statement, confirms another
 * from the review queue with the keyboard, signs out; a reader then sees the new speaker and the "verified" mark.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseCleaner.class)
class EditorialBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static HeadlessChromium chromium;
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    IngestionRunner runner;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        driver = chromium.driver;
        driver.manage().window().setSize(new Dimension(1280, 1800));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anEditorCorrectsASpeakerAndConfirmsFromTheQueueAndAReaderSeesBoth() throws IOException {
        cleaner.clean();
        TestArticles.write(dir, "a.txt", CorrectionArticle.TEXT);
        runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);
        long peskov = idSaying("never accept");
        long zelensky = idSaying("ready to sign");
        jdbc.update("update statement set confidence = 0.05 where id = ?", zelensky);
        if (!accounts.exists("selena")) {
            accounts.add("selena", UserRole.EDITOR, "a browser test password", "test");
        }

        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("selena");
        driver.findElement(By.id("password")).sendKeys("a browser test password");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".signed-in-as"), "selena"));

        driver.get(url("/statements/" + peskov));
        driver.findElement(By.xpath("//summary[text()='Speaker']")).click();
        driver.findElement(By.id("newSpeakerName")).sendKeys("Maria Zakharova");
        driver.findElement(By.id("note-speaker")).sendKeys("the spokeswoman said it");
        screenshot("editor-correcting-speaker");
        driver.findElement(By.id("note-speaker")).submit();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".statement-hero .speaker"),
                "Maria Zakharova"));

        driver.get(url("/review"));
        assertThat(driver.findElement(By.cssSelector(".review-item")).getAttribute("id")).isEqualTo("q-" + zelensky);
        screenshot("review-queue");
        driver.findElement(By.tagName("body")).sendKeys("c");
        wait(d -> d.findElements(By.id("q-" + zelensky)).isEmpty());

        driver.findElement(By.cssSelector(".site-account button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-account a[href='/login']")));

        driver.get(url("/statements/" + peskov));
        assertThat(driver.findElement(By.cssSelector(".statement-hero .speaker")).getText())
                .isEqualTo("Maria Zakharova");
        assertThat(driver.findElements(By.cssSelector(".correction-forms"))).isEmpty();
        driver.get(url("/statements/" + zelensky));
        assertThat(driver.findElement(By.cssSelector(".review-mark.verified")).getText()).isEqualTo("verified");
        screenshot("reader-sees-verified");
    }

    private long idSaying(String words) {
        return jdbc.queryForObject("select id from statement where content like ?", Long.class, "%" + words + "%");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static <T> void wait(java.util.function.Function<WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("editorial-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
