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

  private static Object js(String script, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Waits until the list of all tests has been drawn by the page's own script. */
  private static void awaitTestList() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!"true".equals(js("return document.body.getAttribute('data-tests-ready');"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the list of tests was never drawn (script blocked or failed?)");
      }
      Thread.sleep(50);
    }
  }

  /** Waits until the count line says {@code expected} (the search waits for typing to pause). */
  private static void awaitCount(String expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!text("test-count").equals(expected)) {
      if (System.nanoTime() > deadline) {
        assertThat(text("test-count")).isEqualTo(expected);
      }
      Thread.sleep(50);
    }
  }

  private static void choose(String selectId, String value) {
    // as a person's choice does: the value changes, then the page hears of it
    js(
        "var s = document.getElementById(arguments[0]); s.value = arguments[1];"
            + " s.dispatchEvent(new Event('change'));",
        selectId,
        value);
  }

  private static dev.paralleltests.core.merge.MergeResult mergeJunitConsoleReports()
      throws Exception {
    Path data = Path.of("src/test/resources/HtmlReportBrowserTest/junit-console");
    return dev.paralleltests.core.merge.JUnitMerger.create()
        .merge(
            dev.paralleltests.core.merge.MergeRequest.of(
                dev.paralleltests.core.merge.ShardInput.parseAll(
                    List.of(
                        data.resolve("shard-1").toString(), data.resolve("shard-2").toString())),
                dir.resolve("merged-console.xml")));
  }

  @Test
  void listsSkippedTestsByTheirReasonAndKeepsRunnerNoiseOutOfTheOutput() throws Exception {
    var merged = mergeJunitConsoleReports();
    open(
        "console",
        HtmlReport.render(merged.summary(), HtmlReport.Details.none().withTests(merged.tests())));

    WebElement skipped = browser.findElement(By.id("skipped"));
    assertThat(skipped.getText()).contains("Skipped tests (3)");
    List<WebElement> reasons = skipped.findElements(By.cssSelector("tr.skip-reason"));
    assertThat(reasons).hasSize(2);
    assertThat(reasons.get(0).getText())
        .contains("Disabled on operating system: LINUX")
        .endsWith("2");
    // markup in a reason is text, never markup
    assertThat(reasons.get(1).getText())
        .contains("Disabled until #4711 is fixed </script><b>x</b>");
    reasons.get(0).findElement(By.tagName("summary")).click();
    assertThat(reasons.get(0).getText())
        .contains("com.example.CalculatorTest.onWindows()")
        .contains("com.example.ParserTest.onWindowsPaths()");

    String output = browser.findElement(By.cssSelector("#failures pre.output")).getText();
    assertThat(output).isEqualTo("dividing 6 by 3 with rounding HALF_UP");
    assertThat(browser.findElement(By.id("failures")).getText())
        .doesNotContain("unique-id:")
        .doesNotContain("display-name:");
  }

  @Test
  void searchesAndFiltersTheListOfEveryTestWithStatusShardAndTime() throws Exception {
    var merged = mergeJunitConsoleReports();
    Path logs = dir.resolve("logs-run");
    Files.createDirectories(logs.resolve("shard-2"));
    Files.writeString(logs.resolve("shard-2/output.log"), "[INFO] Tests run: 3 in shard 2\n");
    Files.writeString(
        logs.resolve("report.html"),
        HtmlReport.render(
            merged.summary(),
            HtmlReport.Details.none()
                .withTests(merged.tests())
                .withShardLogs(java.util.Map.of(2, "shard-2/output.log"))));
    browser.get(logs.resolve("report.html").toUri().toString());
    awaitTestList();

    awaitCount("8 of 8 tests");
    List<WebElement> rows = browser.findElements(By.cssSelector("#test-rows tr"));
    // slowest first: parsesDates() took 0.152 s
    assertThat(rows.get(0).getText()).contains("com.example.ParserTest.parsesDates()", "152ms");
    choose("test-status", "skipped");
    awaitCount("3 of 8 tests");
    assertThat(browser.findElement(By.id("test-rows")).getText())
        .contains("Disabled on operating system: LINUX");
    choose("test-status", "");
    choose("test-shard", "2");
    awaitCount("3 of 8 tests");
    browser.findElement(By.id("test-search")).sendKeys("TIMES");
    awaitCount("1 of 8 tests");
    WebElement only = browser.findElement(By.cssSelector("#test-rows tr"));
    assertThat(only.getText()).contains("com.example.ParserTest.parsesTimes()", "passed", "98ms");

    // the shard table and the list link each shard to its output, and the link opens it
    assertThat(browser.findElements(By.cssSelector("#shards a.shard-log"))).hasSize(1);
    only.findElement(By.cssSelector("td.shard a")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/shard-2/output.log");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Tests run: 3 in shard 2");
    browser.navigate().back();
  }

  @Test
  void loadsAndFiltersEightyFiveThousandTests() throws Exception {
    int count = 85_000;
    List<TestEntry> tests = new java.util.ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean failed = i % 2_300 == 7;
      boolean skipped = i % 1_000 == 3;
      tests.add(
          new TestEntry(
              1 + i % 2,
              "org.apache.commons.lang3.Generated" + (i / 250) + "Test",
              String.format(java.util.Locale.ROOT, "test%05d()", i),
              failed
                  ? TestEntry.Status.FAILED
                  : skipped ? TestEntry.Status.SKIPPED : TestEntry.Status.PASSED,
              (i * 7919L) % 2_000,
              1,
              failed ? "expected: <" + i + "> but was: <0>" : skipped ? "Disabled on JDK 17" : ""));
    }
    RunSummary run = SampleRuns.green(2);
    String html = HtmlReport.render(run, HtmlReport.Details.none().withTests(tests));
    long started = System.nanoTime();
    open("eighty-five-thousand", html);
    awaitTestList();
    long loadedMillis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "85,000 tests: %,d bytes of HTML, opened and listed in %,d ms%n",
        html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, loadedMillis);

    awaitCount("85,000 of 85,000 tests, showing the first 200");
    assertThat(browser.findElements(By.cssSelector("#test-rows tr"))).hasSize(200);
    browser.findElement(By.id("test-more")).click();
    assertThat(browser.findElements(By.cssSelector("#test-rows tr"))).hasSize(400);

    browser.findElement(By.id("test-search")).sendKeys("test84999()");
    awaitCount("1 of 85,000 tests");
    assertThat(browser.findElement(By.id("test-rows")).getText())
        .contains("org.apache.commons.lang3.Generated339Test.test84999()");

    browser.findElement(By.id("test-search")).clear();
    js("document.getElementById('test-search').dispatchEvent(new Event('input'));");
    choose("test-status", "failed");
    long failed = tests.stream().filter(t -> t.status() == TestEntry.Status.FAILED).count();
    awaitCount(failed + " of 85,000 tests");
    choose("test-shard", "2");
    long failedInTwo =
        tests.stream().filter(t -> t.status() == TestEntry.Status.FAILED && t.shard() == 2).count();
    awaitCount(failedInTwo + " of 85,000 tests");
    screenshot("html-report-85000-tests");
  }

  @Test
  void fitsAPhoneScreenWithoutScrollingThePageSideways() throws Exception {
    var merged = mergeJunitConsoleReports();
    RunSummary run = SampleRuns.failing();
    List<TrendPoint> points = new java.util.ArrayList<>(HtmlReportTest.trend(20));
    points.add(TrendPoint.of("this run", run));
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      open(
          "phone",
          HtmlReport.render(
              run, HtmlReport.Details.none().withTrend(points).withTests(merged.tests())));
      awaitTestList();

      long pageWidth = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
      long viewport = ((Number) js("return window.innerWidth;")).longValue();
      assertThat(pageWidth).isLessThanOrEqualTo(viewport);
      // the chart keeps readable text: it scrolls inside its box rather than shrinking
      long chartWidth =
          ((Number)
                  js(
                      "return document.getElementById('timeline-chart').getBoundingClientRect().width;"))
              .longValue();
      assertThat(chartWidth).isGreaterThanOrEqualTo(560);
      Files.createDirectories(SCREENSHOTS);
      Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          shot, SCREENSHOTS.resolve("html-report-phone.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.manage().window().setSize(new Dimension(1200, 900));
    }
  }

  @Test
  void keepsBarLabelsClearOfTheLowerBoundLineAndInsideTheChart() throws Exception {
    List<ShardSummary> shards =
        List.of(
            SampleRuns.shard(1, ShardStatus.PASSED, Totals.of(10, 0, 0, 0, 0), 95_000, 97_000L),
            SampleRuns.shard(2, ShardStatus.FAILED, Totals.of(9, 1, 0, 0, 0), 110_000, 300_000L),
            SampleRuns.shard(3, ShardStatus.PASSED, Totals.of(10, 0, 0, 0, 0), 90_000, 99_500L));
    RunSummary run =
        new RunSummary(
            Totals.of(29, 1, 0, 0, 0),
            shards,
            300_000,
            496_500,
            496_500,
            99_000, // the lower bound: shard 1's label would start on its line
            java.util.OptionalLong.of(110_000),
            java.util.OptionalInt.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    open("labels", HtmlReport.render(run));

    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Number>> boxes =
        (List<java.util.Map<String, Number>>)
            js(
                "var svg = document.getElementById('timeline-chart');"
                    + "var bound = Number(svg.querySelector('line.bound').getAttribute('x1'));"
                    + "var width = svg.viewBox.baseVal.width;"
                    + "return Array.from(svg.querySelectorAll('text.value, text.bound-label'))"
                    + ".map(function (t) { var b = t.getBBox();"
                    + " return {from: b.x, to: b.x + b.width, bound: bound, width: width,"
                    + " bar: t.classList.contains('value') ? 1 : 0}; });");
    assertThat(boxes).hasSize(4);
    for (java.util.Map<String, Number> b : boxes) {
      double from = b.get("from").doubleValue();
      double to = b.get("to").doubleValue();
      assertThat(from).as("label starts inside the chart").isGreaterThanOrEqualTo(0);
      assertThat(to)
          .as("label ends inside the chart")
          .isLessThanOrEqualTo(b.get("width").doubleValue());
      if (b.get("bar").intValue() == 1) {
        double bound = b.get("bound").doubleValue();
        assertThat(bound >= from - 1 && bound <= to + 1)
            .as("a bar label [%.1f, %.1f] crosses the lower-bound line at %.1f", from, to, bound)
            .isFalse();
      }
    }
    screenshot("html-report-labels");
  }
}
