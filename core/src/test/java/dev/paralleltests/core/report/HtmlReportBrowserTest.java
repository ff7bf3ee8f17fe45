package dev.paralleltests.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the HTML report in a real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, installed by {@code scripts/install-browser.sh}) and checks what a person sees.
 * Without a browser the tests skip with a message; under {@code REQUIRE_BROWSER=1} (CI) a missing
 * browser fails them instead.
 */
class HtmlReportBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static WebDriver browser;
  private static Path profile;

  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() throws Exception {
    // CHROMIUM and CHROMEDRIVER, when set, name the only binaries to use
    Path chromium = binary("CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    Path driver = binary("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    String why = null;
    if (chromium == null || driver == null) {
      why =
          "chromium or chromedriver is not installed (run scripts/install-browser.sh, or set"
              + " CHROMIUM and CHROMEDRIVER)";
    } else {
      profile = Files.createTempDirectory("pt-chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--user-data-dir=" + profile,
          "--window-size=1200,900");
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
      try {
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      } catch (RuntimeException e) {
        why =
            "headless Chromium could not be started: "
                + e.getMessage().lines().findFirst().orElse("");
      }
    }
    if (why != null) {
      if ("1".equals(System.getenv("REQUIRE_BROWSER"))) {
        throw new IllegalStateException("REQUIRE_BROWSER=1 but " + why);
      }
      System.err.println("SKIPPED HtmlReportBrowserTest: " + why);
      Assumptions.abort(why);
    }
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Path binary(String variable, String... defaults) {
    String given = System.getenv(variable);
    return given == null || given.isBlank() ? firstExisting(defaults) : firstExisting(given);
  }

  private static Path firstExisting(String... candidates) {
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static void open(String name, String html) throws Exception {
    Path file = dir.resolve(name + ".html");
    Files.writeString(file, html);
    browser.get(file.toUri().toString());
  }

  private static void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    WebElement body = browser.findElement(By.tagName("body"));
    long height = Math.min(6000, body.getSize().getHeight() + 40L);
    browser.manage().window().setSize(new Dimension(1200, (int) height));
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  @Test
  void showsTheNumbersOfAFailedRunWithTimelineFailuresAndTrend() throws Exception {
    RunSummary run = SampleRuns.failing();
    List<TrendPoint> points = new java.util.ArrayList<>(HtmlReportTest.trend(20));
    points.add(TrendPoint.of("this run", run));
    open("failing", HtmlReport.render(run, points));

    assertThat(browser.getTitle()).isEqualTo("Parallel tests: Tests failed");
    assertThat(text("verdict")).contains("Tests failed").contains("1,234 tests in 4 shards");
    assertThat(text("total-tests")).isEqualTo("1,234");
    assertThat(text("total-passed")).isEqualTo("1,214");
    assertThat(text("total-failed")).isEqualTo("1");
    assertThat(text("total-errors")).isEqualTo("1");
    assertThat(text("total-skipped")).isEqualTo("18");
    assertThat(text("total-flaky")).isEqualTo("1");
    assertThat(text("wall-time")).isEqualTo("4m 22s");
    assertThat(text("machine-time")).isEqualTo("16m 22s");
    assertThat(text("imbalance")).isEqualTo("1.07\u00d7");

    List<WebElement> rows = browser.findElements(By.cssSelector("#shards tbody tr"));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(2).getText()).contains("failed").contains("301").contains("4m 22s");

    // the timeline is drawn: one actual bar per shard, with visible width
    List<WebElement> bars =
        browser.findElements(By.cssSelector("#timeline-chart rect[height='16']"));
    assertThat(bars).hasSize(4);
    assertThat(bars.get(2).getSize().getWidth()).isGreaterThan(bars.get(3).getSize().getWidth());

    WebElement failures = browser.findElement(By.id("failures"));
    assertThat(failures.getText())
        .contains("com.example.CheckoutIT.refundsOrder")
        .contains("expected 200 but was 503")
        .contains("POST /refund -> 503")
        .contains("<script>alert('x')</script>"); // shown as text, never run
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();

    assertThat(browser.findElements(By.cssSelector("#trend svg"))).hasSize(4);
    assertThat(browser.findElements(By.cssSelector("#trend-wall circle"))).hasSize(21);
    screenshot("html-report-failing");
  }

  @Test
  void showsAMissingShardAsAnIncompleteRun() throws Exception {
    RunSummary run =
        SampleRuns.green(3)
            .withShard(
                ShardSummary.missing(
                    2, java.util.OptionalLong.of(1_000), java.util.OptionalInt.of(10)))
            .withProblem("shard 2 of 3 is missing: it produced no report");
    open("missing", HtmlReport.render(run));

    assertThat(text("verdict")).contains("Run incomplete");
    assertThat(browser.findElement(By.id("problems")).getText())
        .contains("shard 2 of 3 is missing: it produced no report");
    assertThat(browser.findElement(By.cssSelector("#shards tr[data-shard='2']")).getText())
        .contains("missing");
    screenshot("html-report-missing-shard");
  }

  @Test
  void showsWhatARealMergeOfSurefireReportsFound() throws Exception {
    Path data = Path.of("src/test/resources/JUnitMergerFilesTest/surefire");
    RunSummary run =
        dev.paralleltests.core.merge.JUnitMerger.create()
            .merge(
                dev.paralleltests.core.merge.MergeRequest.of(
                    dev.paralleltests.core.merge.ShardInput.parseAll(
                        List.of(
                            data.resolve("shard-1").toString(),
                            data.resolve("shard-2").toString())),
                    dir.resolve("merged.xml")))
            .summary();
    open("merged", HtmlReport.render(run));

    assertThat(text("total-tests")).isEqualTo("9");
    assertThat(text("total-failed")).isEqualTo("1");
    assertThat(text("total-flaky")).isEqualTo("2");
    assertThat(text("wall-time")).isEqualTo("4.7s");
    assertThat(browser.findElement(By.id("failures")).getText())
        .contains("com.example.ReportTest.exports")
        .contains("run 1: file missing")
        .contains("run 2: file still missing")
        .contains("writing /tmp/report.csv");
    assertThat(browser.findElement(By.id("flaky")).getText())
        .contains("com.example.NetTest.retries")
        .contains("Connection refused");
    screenshot("html-report-merged-surefire");
  }
}
