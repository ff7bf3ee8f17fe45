package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.ReportedCase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * pytest reports. The default xunit2 format has no {@code file} attribute, so the file comes from
 * the dotted {@code classname} ({@code tests.test_x.TestClass} is {@code tests/test_x.py}, class
 * {@code TestClass}): the longest dotted prefix that is a {@code .py} file under the repository
 * wins, else the classes are the trailing capitalised parts (pytest collects classes named {@code
 * Test*}). Units are pytest node ids: test {@code tests/test_x.py::TestClass::test_y[param]}, class
 * {@code tests/test_x.py::TestClass} (a module-level test's class unit is its file), file {@code
 * tests/test_x.py}.
 */
final class PytestUnitNamer implements UnitNamer {

  private final RepositoryFiles repository;

  PytestUnitNamer(Path repositoryRoot) {
    this.repository = new RepositoryFiles(repositoryRoot);
  }

  /** A test's place: its module file and enclosing classes, outermost first. */
  record NodePath(String file, List<String> classes) {}

  @Override
  public String unitName(ReportedCase testCase, Granularity granularity) {
    NodePath node = nodePath(testCase);
    return switch (granularity) {
      case FILE -> node.file();
      case CLASS ->
          node.classes().isEmpty() ? node.file() : node.file() + "::" + node.classes().get(0);
      case TEST -> {
        StringBuilder id = new StringBuilder(node.file());
        node.classes().forEach(c -> id.append("::").append(c));
        if (!testCase.name().isEmpty() && !isModuleItself(testCase)) {
          id.append("::").append(testCase.name());
        }
        yield id.toString();
      }
    };
  }

  NodePath nodePath(ReportedCase testCase) {
    String dotted = testCase.className().strip();
    if (dotted.isEmpty()) {
      // Collection errors: pytest writes classname="" and the module's dotted path as the name.
      dotted = testCase.name().strip();
    }
    String[] parts = dotted.split("\\.");
    if (!testCase.file().isBlank()) {
      String file = repository.relative(testCase.file());
      String module = stripPy(file).replace('/', '.');
      List<String> classes =
          dotted.startsWith(module + ".")
              ? Arrays.asList(dotted.substring(module.length() + 1).split("\\."))
              : List.of();
      return new NodePath(file, classes);
    }
    for (int moduleEnd = parts.length; moduleEnd >= 1; moduleEnd--) {
      String file = String.join("/", Arrays.asList(parts).subList(0, moduleEnd)) + ".py";
      if (repository.exists(file)) {
        return new NodePath(file, Arrays.asList(parts).subList(moduleEnd, parts.length));
      }
    }
    int moduleEnd = parts.length;
    while (moduleEnd > 1 && startsUpperCase(parts[moduleEnd - 1])) {
      moduleEnd--;
    }
    String file = String.join("/", Arrays.asList(parts).subList(0, moduleEnd)) + ".py";
    return new NodePath(file, List.copyOf(Arrays.asList(parts).subList(moduleEnd, parts.length)));
  }

  private static boolean isModuleItself(ReportedCase testCase) {
    return testCase.className().isBlank();
  }

  private static boolean startsUpperCase(String part) {
    return !part.isEmpty() && Character.isUpperCase(part.charAt(0));
  }

  private static String stripPy(String file) {
    return file.endsWith(".py") ? file.substring(0, file.length() - 3) : file;
  }
}
