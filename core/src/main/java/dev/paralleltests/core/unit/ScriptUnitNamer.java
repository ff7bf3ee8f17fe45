package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.ReportedCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jest (jest-junit), Playwright, Mocha and Node's test runner reports, where the runnable thing is
 * a test file. The file is the {@code file} attribute (a case's own, or its suite's, as
 * mocha-junit-reporter writes it) when the reporter wrote one; for Jest and Playwright otherwise
 * the outermost suite name when it is a path, which both write by default (Playwright relative to
 * its {@code testDir}, which is prefixed when the repository's {@code playwright.config.*} names
 * it; jest-junit with {@code suiteNameTemplate="{filepath}"}). Class and file units are that file;
 * test units are {@code file#name}, the name being the full title as reported. A case whose file is
 * not known has no unit at all (a blank name): a describe title is not a file, and a made-up unit
 * would only teach the history something false. {@link ReportStyle#fileNameHint()} says what makes
 * the reporter write the file.
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

  /** Only Jest and Playwright write a suite's path as its name. */
  private final boolean suiteNamesArePaths;

  /** Playwright's suite names are relative to its testDir; empty for Jest or when unknown. */
  private final String suitePrefix;

  ScriptUnitNamer(ReportStyle style, Path repositoryRoot) {
    this.repository = new RepositoryFiles(repositoryRoot);
    this.suitePrefix = style == ReportStyle.PLAYWRIGHT ? playwrightTestDir(repositoryRoot) : "";
    this.suiteNamesArePaths = style == ReportStyle.JEST || style == ReportStyle.PLAYWRIGHT;
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
    String file = fileOf(testCase);
    if (file.isEmpty()) {
      return "";
    }
    return granularity == Granularity.TEST ? file + "#" + testCase.name() : file;
  }

  /** The case's test file, repository-relative; empty when the report does not say. */
  private String fileOf(ReportedCase testCase) {
    if (!testCase.file().isBlank()) {
      return repository.relative(testCase.file());
    }
    String suite = testCase.suitePath().isEmpty() ? "" : testCase.suitePath().get(0).strip();
    // jest-junit names suites by their describe title ("undefined" with Jest 30) unless
    // suiteNameTemplate is "{filepath}": only a path is taken for a file.
    if (!suiteNamesArePaths || !looksLikeFile(suite)) {
      return "";
    }
    String file = repository.relative(suite);
    return suitePrefix.isEmpty() || file.startsWith("/") ? file : suitePrefix + "/" + file;
  }

  private static boolean looksLikeFile(String suite) {
    // A describe title may hold a slash ("api/users"); a test file's path ends in a script's
    // extension.
    return suite.matches("(?s).*\\.(c|m)?(j|t)sx?$");
  }
}
