package org.medadwatch.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test class, driven by Selenium through Debian's chromedriver.
 *
 * <pre>
 * &#64;RegisterExtension static final BrowserSession browser = new BrowserSession();
 * </pre>
 *
 * <p>The browser is Debian's {@code chromium} and the driver Debian's {@code chromium-driver}
 * (same source package, so always the same version). Both paths are given explicitly, so
 * Selenium Manager is never asked to find or download anything. Override with the system
 * properties {@code medadwatch.chromium} / {@code medadwatch.chromedriver} or the environment
 * variables {@code MEDADWATCH_CHROMIUM} / {@code MEDADWATCH_CHROMEDRIVER}.
 *
 * <p>When the browser or the driver is missing the test class is skipped with a message saying
 * what to install &mdash; except in CI ({@code CI=true}), where a missing browser fails the
 * build instead: CI installs it (.ci/run), so its absence there is a broken machine, not a
 * reason to report green.
 *
 * <p>Chromium runs with a fresh profile in a temp folder, offline-friendly flags (no
 * background networking, component updates, sync or QUIC) and a per-session download folder.
 * Screenshots go to {@code target/screenshots/NAME.png}; a failing test leaves
 * {@code target/screenshots/FAILED-Class-method.png}.
 */
public final class BrowserSession
        implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

    /** Debian's launcher script; the real ELF binary sits in /usr/lib/chromium. */
    static final Path DEBIAN_CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path DEBIAN_CHROMIUM_BINARY = Paths.get("/usr/lib/chromium/chromium");
    static final Path DEBIAN_CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profileDir;
    private Path downloadDir;

    // ---------------------------------------------------------------- availability

    static boolean inCi() {
        return "true".equalsIgnoreCase(Optional.ofNullable(System.getenv("CI")).orElse("").trim());
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        return v != null ? v : System.getenv(env);
    }

    /** The browser to launch: the property, else Debian's real binary, else its launcher. */
    static Path chromiumBinary() {
        String p = setting("medadwatch.chromium", "MEDADWATCH_CHROMIUM");
        if (p != null && !p.isBlank()) {
            return Paths.get(p);
        }
        return Files.isExecutable(DEBIAN_CHROMIUM_BINARY) ? DEBIAN_CHROMIUM_BINARY : DEBIAN_CHROMIUM;
    }

    static Path chromedriver() {
        String p = setting("medadwatch.chromedriver", "MEDADWATCH_CHROMEDRIVER");
        return p != null && !p.isBlank() ? Paths.get(p) : DEBIAN_CHROMEDRIVER;
    }

    /** Why no browser can be started here, or empty when one can. */
    static Optional<String> missing() {
        StringBuilder why = new StringBuilder();
        if (!Files.isExecutable(chromiumBinary())) {
            why.append("no Chromium at ").append(chromiumBinary()).append("; ");
        }
        if (!Files.isExecutable(chromedriver())) {
            why.append("no chromedriver at ").append(chromedriver()).append("; ");
        }
        if (why.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(why + "install Debian's browser and driver "
                + "(apt-get install chromium chromium-driver) or point MEDADWATCH_CHROMIUM / "
                + "MEDADWATCH_CHROMEDRIVER (or -Dmedadwatch.chromium / -Dmedadwatch.chromedriver) at them");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> why = missing();
        if (why.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (inCi()) {
            // enabled, so that beforeAll runs and fails loudly
            return ConditionEvaluationResult.enabled("CI=true: a missing browser fails in beforeAll");
        }
        return ConditionEvaluationResult.disabled("Browser test skipped: " + why.get()
                + " (in CI, with CI=true, this fails instead of skipping)");
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<String> why = missing();
        if (why.isPresent()) {
            throw new IllegalStateException("CI=true but the browser tests cannot run: " + why.get()
                    + ". .ci/run installs chromium and chromium-driver before `mvn verify`.");
        }
        start();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            try {
                dismissAnyAlert();
                screenshot(name);
            } catch (RuntimeException e) {
                // the failure itself is what matters
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    void start() throws IOException {
        // Selenium reports through java.util.logging; without selenium-devtools it warns on every
        // session that no CDP implementation matches this Chromium. We only use executeCdpCommand,
        // which goes through chromedriver and needs none.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);

        profileDir = Files.createTempDirectory("medadwatch-chromium-profile-");
        downloadDir = Files.createTempDirectory("medadwatch-downloads-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromiumBinary().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",               // CI runs as root
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--disable-extensions",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-quic",
                "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--lang=zh-CN",
                "--window-size=1366,900",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloadDir.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("safebrowsing.enabled", false);
        prefs.put("intl.accept_languages", "zh-CN,zh");
        options.setExperimentalOption("prefs", prefs);
        // an alert must stay open so a test can see it (the default would dismiss it and throw
        // from whatever command came next)
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);

        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver().toString());
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        // headless downloads: allow them explicitly into our folder (the prefs alone are not
        // honoured by every headless build)
        try {
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of(
                    "behavior", "allow",
                    "downloadPath", downloadDir.toAbsolutePath().toString(),
                    "eventsEnabled", false));
        } catch (RuntimeException e) {
            // prefs remain in force
        }
    }

    void close() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } catch (RuntimeException e) {
            // already gone
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
                service = null;
            }
            deleteQuietly(profileDir);
            deleteQuietly(downloadDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // temp folder, left for the OS
        }
    }

    // ---------------------------------------------------------------- driving

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("browser not started");
        }
        return driver;
    }

    public Path downloadDir() {
        return downloadDir;
    }

    public void open(String url) {
        driver().get(url);
    }

    public WebDriverWait waiting() {
        return waiting(DEFAULT_WAIT);
    }

    /**
     * A wait that polls every 100 ms. An element the page replaced while it was being read (a history list
     * re-rendered after a click) is stale, not missing: the next poll finds the new one.
     */
    public WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver(), timeout, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public <T> T until(Function<? super WebDriver, T> condition) {
        return waiting().until(condition);
    }

    public WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return waiting().until(ExpectedConditions.elementToBeClickable(by));
    }

    public List<WebElement> all(By by) {
        return driver().findElements(by);
    }

    public void click(By by) {
        clickable(by).click();
    }

    /** Clears and types; for date inputs use {@link #setValue}. */
    public void type(By by, String text) {
        WebElement e = visible(by);
        e.clear();
        e.sendKeys(text);
    }

    /** Sets an input's value directly (date fields, selects) and fires input/change. */
    public void setValue(By by, String value) {
        WebElement e = visible(by);
        js("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, value);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    public Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeAsyncScript(script, args);
    }

    /** Waits until the page has loaded after a navigation or a form post. */
    public void awaitLoaded() {
        until(d -> "complete".equals(js("return document.readyState")));
    }

    /** The text of an open alert/confirm/prompt, or empty; never leaves it open. */
    public Optional<String> dismissAnyAlert() {
        try {
            Alert a = driver().switchTo().alert();
            String text = a.getText();
            a.dismiss();
            return Optional.ofNullable(text);
        } catch (NoAlertPresentException e) {
            return Optional.empty();
        }
    }

    /** Accepts a confirm() the UI asks (e.g. "are you sure"), waiting briefly for it. */
    public void acceptConfirm() {
        waiting(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    /**
     * Saves the whole page (beyond the viewport when Chromium allows) to
     * target/screenshots/NAME.png and returns the file.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path out = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            byte[] png = fullPage().orElseGet(() -> ((ChromeDriver) driver()).getScreenshotAs(OutputType.BYTES));
            Files.write(out, png);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<byte[]> fullPage() {
        try {
            Object dims = js("return [Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0),"
                    + " Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)]");
            @SuppressWarnings("unchecked")
            List<Number> wh = (List<Number>) dims;
            long w = Math.min(Math.max(wh.get(0).longValue(), 1), 4000);
            long h = Math.min(Math.max(wh.get(1).longValue(), 1), 12000);
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1);
            Map<String, Object> r = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Object data = r.get("data");
            return data == null ? Optional.empty() : Optional.of(Base64.getDecoder().decode(data.toString()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits until a finished download whose name ends with {@code suffix} appears in the
     * download folder (Chromium writes NAME.crdownload first and renames when done).
     */
    public Path awaitDownload(String suffix, Duration timeout) {
        String want = suffix.toLowerCase(Locale.ROOT);
        return waiting(timeout).withMessage("a *" + suffix + " download in " + downloadDir)
                .until(d -> {
                    try (Stream<Path> s = Files.list(downloadDir)) {
                        return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(want))
                                .filter(p -> p.toFile().length() > 0)
                                .findFirst().orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
    }

    /** Files now in the download folder (to tell a new download from an old one). */
    public List<Path> downloads() {
        try (Stream<Path> s = Files.list(downloadDir)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cookie named {@code name} in the current page's jar, for raw HTTP checks. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(driver().manage().getCookieNamed(name)).map(c -> c.getValue());
    }
}
