package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.ReportedCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jest (jest-junit) and Playwright reports, where the runnable thing is a test file. The file is
 * the {@code file} attribute when the reporter was told to write it; otherwise the outermost suite
 * name, which both write as the file's path by default (Playwright relative to its {@code testDir},
 * which is prefixed when the repository's {@code playwright.config.*} names it; jest-junit as
 * configured by {@code suiteNameTemplate}). Class and file units are that file or suite; test units
 * are {@code file#name}, the name being the full title as reported. A Jest report with neither
 * (jest-junit's default suite name is {@code undefined}) falls back to the case's {@code
 * classname}, its describe path: configure {@code addFileAttribute=true} or {@code
 * suiteNameTemplate="{filepath}"} to get file units.
 */
final class ScriptUnitNamer implements UnitNamer {

  private static final Pattern TEST_DIR = Pattern.compile("testDir\\s*:\\s*['\"`]([^'\"`]+)['\"`]");
  private static final List<String> PLAYWRIGHT_CONFIGS =
      List.of(
          "playwright.config.ts",
          "playwright.config.js",
          "playwright.config.mts",
          "playwright.config.mjs",
          "playwright.config.cjs");

  private final RepositoryFiles repository;

  /** Playwright's suite names are relative to its testDir; empty for Jest or when unknown. */
  private final String suitePrefix;

  ScriptUnitNamer(ReportStyle style, Path repositoryRoot) {
    this.repository = new RepositoryFiles(repositoryRoot);
    this.suitePrefix = style == ReportStyle.PLAYWRIGHT ? playwrightTestDir(repositoryRoot) : "";
  }

  /**
   * The {@code testDir} of the repository's Playwright config, repository-relative, or empty. A
   * plain string literal is all that is understood; anything cleverer keeps suite names as they
   * are.
   */
  static String playwrightTestDir(Path root) {
    for (String name : PLAYWRIGHT_CONFIGS) {
      Path config = root.resolve(name);
      try {
        if (Files.isRegularFile(config) && Files.size(config) < 1_000_000) {
          Matcher m = TEST_DIR.matcher(Files.readString(config));
          if (m.find()) {
            String dir = UnitNames.normalizePath(m.group(1));
            return dir.startsWith("/") || dir.startsWith("..") ? "" : dir;
          }
          return "";
        }
      } catch (IOException | RuntimeException e) {
        return "";
      }
    }
    return "";
  }

  @Override
  public String unitName(ReportedCase testCase, Granularity granularity) {
    String file = fileOrSuite(testCase);
    return granularity == Granularity.TEST ? file + "#" + testCase.name() : file;
  }

  private String fileOrSuite(ReportedCase testCase) {
    if (!testCase.file().isBlank()) {
      return repository.relative(testCase.file());
    }
    String suite = testCase.suitePath().isEmpty() ? "" : testCase.suitePath().get(0).strip();
    // jest-junit 17 with Jest 30 names every suite "undefined" unless suiteNameTemplate is set.
    if (!suite.isEmpty() && !suite.equals("undefined")) {
      if (!looksLikeFile(suite)) {
        return suite;
      }
      String file = repository.relative(suite);
      return suitePrefix.isEmpty() || file.startsWith("/") ? file : suitePrefix + "/" + file;
    }
    if (!testCase.className().isBlank()) {
      return testCase.className().strip();
    }
    return "(no suite) " + testCase.location().file().getFileName();
  }

  private static boolean looksLikeFile(String suite) {
    return suite.indexOf('/') >= 0
        || suite.indexOf('\\') >= 0
        || suite.matches("(?s).*\\.(c|m)?(j|t)sx?$");
  }
}
