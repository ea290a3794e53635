package org.claimtracker.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium driven headless, for browser test classes; skips them where it is not installed, except on CI. */
final class HeadlessChromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final Path profile;
    final WebDriver driver;

    private HeadlessChromium(ChromeDriverService service, Path profile, WebDriver driver) {
        this.service = service;
        this.profile = profile;
        this.driver = driver;
    }

    static HeadlessChromium start() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI needs /usr/bin/chromium and /usr/bin/chromedriver for the browser tests");
            }
            Assumptions.abort("Chromium or chromedriver is not installed: skipping the browser tests");
        }
        Path profile = Files.createTempDirectory("claimtracker-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--window-size=1366,900", "--user-data-dir=" + profile);
        // given explicitly, or Selenium Manager would try the network for a driver
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new HeadlessChromium(service, profile, new ChromeDriver(service, options));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** How many pixels the page is wider than the window: more than 0 means sideways scrolling. */
    int horizontalOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;")).intValue();
    }

    <T> void waitFor(Function<WebDriver, T> condition) {
        // a history restore swaps the whole body: an element found a moment ago may be gone, so look again
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
