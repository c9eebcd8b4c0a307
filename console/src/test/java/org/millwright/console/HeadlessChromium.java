package org.millwright.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven by Selenium, for browser tests of the console and of the application.
 * Uses the Debian packages {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; override with the system properties {@code millwright.chromium.binary}
 * and {@code millwright.chromium.driver}), never downloads a browser, and starts each browser on a fresh
 * profile directory that {@link #close()} deletes.
 *
 * <p>When the browser or its driver is missing, {@link #start()} fails the test if the environment variable
 * {@code CI} is {@code true} and otherwise aborts it (reported as skipped), with a message naming what is
 * missing. Published in this module's test-jar; usage:
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.start()) {
 *     chromium.driver().get("http://127.0.0.1:" + port + "/");
 *     chromium.screenshot(Path.of("target/screenshots/page.png"));
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Where Debian's {@code chromium} package puts the browser. */
    public static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");
    /** Where Debian's {@code chromium-driver} package puts the driver. */
    public static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 1000;
    private static final int MAX_SCREENSHOT_HEIGHT = 4000;

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or fails (CI) or skips the calling test when Chromium is not installed. */
    public static HeadlessChromium start() {
        Path binary = Path.of(System.getProperty("millwright.chromium.binary", DEFAULT_BINARY.toString()));
        Path driverExecutable = Path.of(System.getProperty("millwright.chromium.driver", DEFAULT_DRIVER.toString()));
        requireInstalled(binary, driverExecutable);
        Path profile = createProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--no-default-browser-check", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExecutable.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** The Selenium driver of this browser. */
    public WebDriver driver() {
        return driver;
    }

    /**
     * Writes a PNG of the whole page (up to 4000 px high) to {@code png}, creating its directories, and
     * returns the path.
     */
    public Path screenshot(Path png) {
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        int pageHeight = height instanceof Number number ? number.intValue() : HEIGHT;
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(),
                Math.min(MAX_SCREENSHOT_HEIGHT, Math.max(before.getHeight(), pageHeight + 140))));
        try {
            byte[] bytes = driver.getScreenshotAs(OutputType.BYTES);
            Path parent = png.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.write(png, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write screenshot " + png, e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Quits the browser and its driver and deletes the profile directory. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void requireInstalled(Path binary, Path driver) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(binary)) {
            missing.add("Chromium at " + binary + " (Debian package chromium)");
        }
        if (!Files.isExecutable(driver)) {
            missing.add("ChromeDriver at " + driver + " (Debian package chromium-driver)");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser test needs " + String.join(" and ", missing)
                + "; install with: apt-get install --no-install-recommends chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true, so this is a failure, not a skip)");
        }
        Assumptions.abort(message);
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("millwright-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile directory", e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover profile in the temp directory does no harm.
        }
    }
}
