package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.ReportedCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * go-junit-report: {@code classname} (and the suite name) is the package import path. Class units
 * are packages, test units {@code package#TestName} (subtests {@code TestX/case} as reported), file
 * units the package's directory in the repository ({@code .} for the root package): the import path
 * without the module path from the root's {@code go.mod} (or, without one, without its {@code
 * host/owner/repo} part).
 */
final class GoUnitNamer implements UnitNamer {

  private final String modulePath;

  GoUnitNamer(Path repositoryRoot) {
    this.modulePath = readModulePath(repositoryRoot.resolve("go.mod"));
  }

  @Override
  public String unitName(ReportedCase testCase, Granularity granularity) {
    String pkg =
        testCase.className().isBlank()
            ? testCase.suiteName().strip()
            : testCase.className().strip();
    return switch (granularity) {
      case CLASS -> pkg;
      case TEST -> pkg + "#" + testCase.name();
      case FILE -> directory(pkg);
    };
  }

  private String directory(String pkg) {
    if (modulePath != null) {
      if (pkg.equals(modulePath)) {
        return ".";
      }
      if (pkg.startsWith(modulePath + "/")) {
        return pkg.substring(modulePath.length() + 1);
      }
    }
    List<String> parts = List.of(pkg.split("/"));
    if (parts.size() >= 3 && parts.get(0).contains(".")) {
      return parts.size() == 3 ? "." : String.join("/", parts.subList(3, parts.size()));
    }
    return pkg;
  }

  private static String readModulePath(Path goMod) {
    try {
      if (!Files.isRegularFile(goMod)) {
        return null;
      }
      for (String line : Files.readAllLines(goMod)) {
        String trimmed = line.strip();
        if (trimmed.startsWith("module ")) {
          return trimmed.substring("module ".length()).strip().replace("\"", "");
        }
      }
    } catch (IOException | RuntimeException e) {
      // Without go.mod the import path's host/owner/repo prefix is dropped instead.
    }
    return null;
  }
}
