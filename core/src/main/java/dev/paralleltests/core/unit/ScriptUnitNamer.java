package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.ReportedCase;
import java.nio.file.Path;

/**
 * Jest (jest-junit) and Playwright reports, where the runnable thing is a test file. The file is
 * the {@code file} attribute when the reporter was told to write it; otherwise the outermost suite
 * name, which both write as the file's path by default (Playwright relative to its {@code testDir},
 * jest-junit as configured by {@code suiteNameTemplate}). Class and file units are that file or
 * suite; test units are {@code file#name}, the name being the full title as reported. A Jest report
 * with neither (jest-junit's default suite name is {@code undefined}) falls back to the case's
 * {@code classname}, its describe path: configure {@code addFileAttribute=true} or {@code
 * suiteNameTemplate="{filepath}"} to get file units.
 */
final class ScriptUnitNamer implements UnitNamer {

  private final RepositoryFiles repository;

  ScriptUnitNamer(Path repositoryRoot) {
    this.repository = new RepositoryFiles(repositoryRoot);
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
      return looksLikeFile(suite) ? repository.relative(suite) : suite;
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
