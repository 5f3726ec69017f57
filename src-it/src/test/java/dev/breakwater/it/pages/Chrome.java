package dev.breakwater.it.pages;

import dev.breakwater.it.Stack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A person's browser on the webapp's pages: Debian's headless Chromium driven by Selenium, with a
 * fresh profile. Without Chromium the browser tests are skipped, unless {@value #REQUIRE_PROPERTY}
 * is true (the test command sets it and installs Chromium), since then a skip would hide them.
 */
final class Chrome implements AutoCloseable {
  static final String REQUIRE_PROPERTY = "breakwater.require-browser";

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private Chrome(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Chrome start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && Boolean.getBoolean(REQUIRE_PROPERTY)) {
      Assertions.fail("Chromium is required (" + REQUIRE_PROPERTY + ") but missing: " + CHROMIUM);
    }
    Assumptions.assumeTrue(
        present, "no Chromium (apt-get install chromium chromium-driver): browser tests skipped");
    Path profile = Files.createTempDirectory("breakwater-chrome");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(1280, 1600));
    return new Chrome(driver, profile);
  }

  /** Opens a path of the webapp. */
  void open(String path) {
    driver.get(Stack.get("webapp.url") + path);
  }

  ChromeDriver driver() {
    return driver;
  }

  WebElement find(By by) {
    return driver.findElement(by);
  }

  List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** The visible text of the page's main part. */
  String mainText() {
    return find(By.tagName("main")).getText();
  }

  /** The path and query of the page shown now. */
  String currentPath() {
    return driver.getCurrentUrl().substring(Stack.get("webapp.url").length());
  }

  /** What the page wrote to the browser's console (script errors, refused resources). */
  List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * Saves the whole page as {@code target/screenshots/<name>.png}, which the build keeps: the
   * window is made as tall as the page first.
   */
  Path screenshot(String name) throws IOException {
    Object height = driver.executeScript("return document.documentElement.scrollHeight");
    int tall = Math.min(8000, Math.max(800, ((Number) height).intValue()));
    driver.manage().window().setSize(new Dimension(1280, tall));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path directory = Path.of(System.getProperty("breakwater.screenshots", "target/screenshots"));
    Files.createDirectories(directory);
    Path target = directory.resolve(name + ".png");
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(1280, 1600));
    return target;
  }

  /** Runs script in the page (only to observe it: the pages themselves need none). */
  Object script(String script) {
    return driver.executeScript(script);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
