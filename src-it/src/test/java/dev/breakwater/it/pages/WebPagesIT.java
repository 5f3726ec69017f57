package dev.breakwater.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Stack;
import dev.breakwater.it.accounts.UserCommand;
import dev.breakwater.it.processor.Bucket;
import dev.breakwater.it.processor.CrashSearch;
import dev.breakwater.it.processor.CrashSubmission;
import dev.breakwater.it.processor.SymbolUploads;
import dev.breakwater.it.processor.TestCrashes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages as people use them, in headless Chromium: a crash submitted through the collector
 * is found with Super Search and its symbolicated stack read on its report; hostile annotations
 * stay text; protected data shows only with permission. Each step saves a screenshot under {@code
 * target/screenshots/}.
 */
class WebPagesIT {
  private static final String PASSWORD = "a long test password";

  /** Annotations as an attacker would send them; each must show as plain text. */
  private static final String HOSTILE =
      "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> 'q' \"qq\""
          + " \u202Eevil\u202C zero\u200Bwidth";

  private static final String SECRET_URL = "https://private.example/secret-" + UUID.randomUUID();

  private static String product;
  private static String crashId;

  private Chrome chrome;

  @BeforeAll
  static void submitACrash() throws Exception {
    SymbolUploads.upload(
        TestCrashes.corpus(
            "breakpad/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym"));
    product = "WebPages" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("ProductName", product);
    annotations.put("Version", "4.2");
    annotations.put("ReleaseChannel", "beta");
    annotations.put("Notes", HOSTILE);
    annotations.put("URL", SECRET_URL);
    crashId = CrashSubmission.submit(annotations, TestCrashes.corpus("breakpad/minidump2.dmp"));
    CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
        .orElseThrow(() -> new AssertionError("crash " + crashId + " never became searchable"));
  }

  @BeforeEach
  void openBrowser() throws Exception {
    chrome = Chrome.start();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (chrome != null) {
      chrome.close();
    }
  }

  @Test
  void aNewcomerFindsTheCrashWithSuperSearchAndReadsItsStack() throws Exception {
    chrome.open("/");
    chrome.screenshot("home");
    chrome.find(By.linkText("Super Search")).click();

    new Select(chrome.find(By.id("f0"))).selectByValue("product");
    new Select(chrome.find(By.id("op0"))).selectByValue("");
    chrome.find(By.id("v0")).sendKeys(product);
    chrome.find(By.xpath("//summary[starts-with(., 'Facets')]")).click();
    chrome.find(By.cssSelector("input[name=_facets][value=platform]")).click();
    chrome.find(By.id("search-button")).click();

    String permalink = chrome.currentPath();
    assertTrue(permalink.startsWith("/search/?product=" + product), permalink);
    assertTrue(permalink.contains("_facets=platform"), permalink);
    assertTrue(chrome.mainText().contains("1 crashes found"), chrome.mainText());
    WebElement platforms = chrome.find(By.xpath("//table[caption='platform']"));
    assertTrue(platforms.getText().contains("Windows 1 100.00 %"), platforms.getText());
    chrome.screenshot("search-results");

    chrome.open(permalink);
    assertEquals(product, chrome.find(By.id("v0")).getAttribute("value"), "the permalink restores");

    chrome.find(By.linkText(crashId)).click();
    assertEquals("/report/index/" + crashId, chrome.currentPath());
    assertEquals(
        product + " 4.2 Crash Report [@ (anonymous namespace)::CrashFunction]",
        chrome.find(By.tagName("h1")).getText());
    String stack = chrome.find(By.cssSelector("#stack table.frames")).getText();
    assertTrue(stack.contains("`anonymous namespace'::CrashFunction + 0x0000000e"), stack);
    assertTrue(stack.contains("c:\\test_app.cc:58"), stack);
    chrome.screenshot("report");

    chrome.find(By.id("show-threads")).click();
    assertTrue(chrome.currentPath().contains("threads=all"), chrome.currentPath());
    assertTrue(chrome.mainText().contains("Thread 1"), "the other thread is shown");
    chrome.screenshot("report-all-threads");
  }

  @Test
  void topCrashersOfTheProductFromTheHomePage() throws Exception {
    chrome.open("/");
    chrome.find(By.linkText("Top Crashers for " + product)).click();

    assertEquals("Top Crashers for " + product, chrome.find(By.tagName("h1")).getText());
    assertTrue(
        chrome.find(By.id("coverage")).getText().contains("covers 1 (100.00 %) of all 1 crashes"),
        chrome.find(By.id("coverage")).getText());
    String row = chrome.find(By.cssSelector("table.topcrashers tbody tr")).getText();
    assertTrue(row.startsWith("1 (anonymous namespace)::CrashFunction 100.00 % new 1"), row);
    assertTrue(row.contains("Windows 1"), row);
    chrome.screenshot("topcrashers");

    new Select(chrome.find(By.id("days"))).selectByValue("28");
    chrome.find(By.id("topcrashers-button")).click();
    assertTrue(chrome.currentPath().contains("days=28"), chrome.currentPath());
    assertEquals("28", new Select(chrome.find(By.id("days"))).getFirstSelectedOption().getText());
  }

  @Test
  void hostileAnnotationsShowAsTextAndRunNothing() throws Exception {
    chrome.open("/");
    chrome.find(By.id("quick-query")).sendKeys("bp-" + crashId + "\n");
    assertEquals("/report/index/" + crashId, chrome.currentPath(), "the header's box finds it");
    WebElement notes = chrome.find(By.xpath("//tr[th='Notes']/td"));
    assertTrue(notes.getText().contains("<script>window.pwned=1</script>"), notes.getText());
    assertTrue(notes.getText().contains("onerror=\"window.pwned=2\""), notes.getText());
    assertEquals(Boolean.TRUE, chrome.script("return typeof window.pwned === 'undefined'"));
    assertTrue(chrome.findAll(By.xpath("//main//script | //main//img")).isEmpty());
    try {
      chrome.driver().switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    chrome.screenshot("report-hostile-annotations");
  }

  @Test
  void facesScriptLoadsUnderTheContentSecurityPolicy() throws Exception {
    chrome.open("/search/");
    assertEquals("object", chrome.script("return typeof faces"), "faces.js is loaded and runs");
    List<String> refused =
        chrome.consoleMessages().stream().filter(m -> m.contains("Content Security")).toList();
    assertTrue(refused.isEmpty(), "the policy refused something: " + refused);
  }

  @Test
  void anonymousVisitorsSeeNoProtectedData() throws Exception {
    chrome.open("/report/index/" + crashId);
    String page = chrome.driver().getPageSource();
    assertFalse(page.contains(SECRET_URL), "the URL annotation is protected");
    assertTrue(chrome.findAll(By.id("reprocess-button")).isEmpty());
    assertTrue(chrome.findAll(By.partialLinkText("Raw crash")).isEmpty());

    chrome.open("/search/");
    assertTrue(chrome.findAll(By.cssSelector("#f0 option[value=url]")).isEmpty());
    chrome.open("/search/?url=~private.example&_columns=url");
    assertFalse(chrome.driver().getPageSource().contains(SECRET_URL));
  }

  @Test
  void anAdministratorSeesProtectedDataAndReprocesses() throws Exception {
    String user = "it-" + UUID.randomUUID().toString().substring(0, 8);
    UserCommand.run(PASSWORD, "add", user, "--admin");
    chrome.open("/report/index/" + crashId);
    chrome.find(By.linkText("Log in")).click();
    chrome.find(By.id("username")).sendKeys(user);
    chrome.find(By.id("password")).sendKeys(PASSWORD);
    chrome.find(By.cssSelector("button[type=submit]")).click();

    assertEquals("/report/index/" + crashId, chrome.currentPath(), "back to the report");
    assertTrue(chrome.find(By.tagName("header")).getText().contains(user));
    WebElement url = chrome.find(By.xpath("//div[@class='protected']//tr[th='URL']/td"));
    assertEquals(SECRET_URL, url.getText());
    assertFalse(chrome.findAll(By.partialLinkText("Raw crash")).isEmpty());
    assertFalse(chrome.findAll(By.partialLinkText("Download the minidump")).isEmpty());
    chrome.screenshot("report-with-permissions");

    chrome.find(By.id("reprocess-button")).click();
    assertTrue(chrome.mainText().contains("queued for reprocessing"), chrome.mainText());

    chrome.open("/search/");
    assertFalse(chrome.findAll(By.cssSelector("#f0 option[value=url]")).isEmpty());
  }

  @Test
  void aStoredButUnprocessedCrashShowsAPageThatWaitsForIt() throws Exception {
    String stored = TestCrashes.crashIdToday();
    String raw =
        "{\"ProductName\":\""
            + product
            + "\",\"Version\":\"1.0\",\"uuid\":\""
            + stored
            + "\",\"submitted_timestamp\":\""
            + Instant.now()
            + "\"}";
    // Stored as the collector stores it but never queued: only looking at it queues it.
    Bucket.put(TestCrashes.rawCrashKey(stored), raw.getBytes(StandardCharsets.UTF_8));

    chrome.open("/report/index/" + stored);
    assertEquals("Processing crash " + stored, chrome.find(By.tagName("h1")).getText());
    assertEquals(
        "10", chrome.find(By.cssSelector("meta[http-equiv=refresh]")).getAttribute("content"));
    chrome.screenshot("report-pending");

    // The page reloads itself until the priority-queued crash is processed.
    new WebDriverWait(chrome.driver(), Duration.ofSeconds(90))
        .until(d -> d.findElement(By.tagName("h1")).getText().contains("Crash Report"));
    assertTrue(chrome.find(By.tagName("h1")).getText().startsWith(product + " 1.0 Crash Report"));
  }

  @Test
  void wrongCrashIdsGetTheirOwnPages() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> prefixed = get(http, "/report/index/bp-" + crashId);
    assertEquals(301, prefixed.statusCode());
    assertEquals(
        "/report/index/" + crashId,
        URI.create(prefixed.headers().firstValue("Location").orElseThrow()).getPath());
    HttpResponse<String> unknown = get(http, "/report/index/" + TestCrashes.crashIdToday());
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("Crash not found"), unknown.body());
    HttpResponse<String> malformed = get(http, "/report/index/not-a-crash-id%3Cb%3E");
    assertEquals(400, malformed.statusCode());
    assertTrue(malformed.body().contains("not-a-crash-id&lt;b&gt;"), malformed.body());

    assertEquals(400, get(http, "/topcrashers/").statusCode(), "Top Crashers needs a product");

    chrome.open("/report/index/nope");
    chrome.screenshot("report-invalid-id");
  }

  private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(Stack.get("webapp.url") + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
