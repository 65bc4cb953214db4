package org.redline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redline.testing.IntegrationTest;

/**
 * Base of the browser suite: the real service on a random port, driven by the machine's headless
 * Chromium through its own chromedriver (never a downloaded one). One browser for the class; each test
 * starts signed out. Skips, saying why, only when /usr/bin/chromium is not installed.
 */
@Tag("browser")
abstract class BrowserSuite extends IntegrationTest {

    /** Overridable only to check the skip: {@code -Dredline.test.chromium=/nowhere}. */
    static final Path CHROMIUM = Path.of(System.getProperty("redline.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);

    static ChromeDriver driver;
    private static Path profile;

    static final String SKIPPED = "Browser suite SKIPPED: " + CHROMIUM + " is not installed. Install it with "
            + "`make browsers` (apt-get install chromium chromium-driver); CI does.";

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println(SKIPPED);
            return;
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("/usr/bin/chromium is installed but /usr/bin/chromedriver is not: "
                    + "install chromium-driver (make browsers)");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("redline-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath());
        // An alert must never be dismissed behind our back: the injection test looks for one.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void signedOutOnADesktop() {
        // Each test reports the skip (a class-level skip is not counted by Surefire).
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), SKIPPED);
        driver.get(url("/"));
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(DESKTOP);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** The path and query of the page the browser shows. */
    String here() {
        var current = java.net.URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /**
     * Does something that loads another page (a click on a link or a submit button, a choice the
     * compare form's script submits) and waits until that page has replaced this one and loaded.
     * Synchronisation only: the wait's limit is generous and nothing is asserted about time.
     */
    void andWaitForNewPage(Runnable action) {
        // A marker on the old page's window, not the staleness of its <html> element: while Chromium
        // swaps documents, chromedriver may answer a question about the old element with an inspector
        // error ("Node ... does not belong to the document") instead of "stale", so that check is racy.
        driver.executeScript("window.redlineOldPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(WebDriverException.class) // the page is between documents: ask again
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.redlineOldPage === undefined && document.readyState === 'complete';")));
    }

    void clickAndWait(WebElement element) {
        andWaitForNewPage(element::click);
    }

    void signIn(String name, String password) {
        open("/login");
        find("#username").sendKeys(name);
        find("#password").sendKeys(password);
        clickAndWait(find("main form button[type=submit]"));
        if (here().startsWith("/login")) {
            throw new AssertionError("could not sign in as " + name);
        }
    }

    /** Sets a form field's value directly: long drafts would take seconds to type key by key. */
    void fill(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    void assertNoAlert() {
        try {
            var alert = driver.switchTo().alert();
            var message = alert.getText();
            alert.dismiss();
            throw new AssertionError("a script ran and opened an alert: " + message);
        } catch (NoAlertPresentException expected) {
            // what we want: nothing ran
        }
    }

    /** The whole page (not just the viewport) as target/screenshots/{name}.png. */
    void screenshot(String name) {
        screenshot(name, 12_000);
    }

    /** The page from its top, at most {@code maxHeight} CSS pixels of it. */
    void screenshot(String name, int maxHeight) {
        @SuppressWarnings("unchecked")
        var size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        var width = ((Number) size.get("width")).doubleValue();
        var height = Math.min(((Number) size.get("height")).doubleValue(), maxHeight);
        var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
