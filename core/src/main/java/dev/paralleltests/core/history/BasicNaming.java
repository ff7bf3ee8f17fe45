package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.util.Optional;

/** {@link UnitNaming#basic()}: names from the class name and file attribute alone. */
enum BasicNaming implements UnitNaming {
  INSTANCE;

  @Override
  public Optional<String> unitOf(TestCaseId sample, Granularity granularity) {
    return switch (granularity) {
      case CLASS -> nonEmpty(topLevel(sample.className()));
      case TEST ->
          sample.className().isEmpty() || sample.name().isEmpty()
              ? Optional.empty()
              : Optional.of(sample.className() + "#" + sample.name());
      case FILE -> nonEmpty(file(sample.file()));
    };
  }

  @Override
  public String canonical(String unit, Granularity granularity) {
    return switch (granularity) {
      case CLASS -> topLevel(unit.strip());
      case TEST -> unit.strip();
      case FILE -> file(unit.strip());
    };
  }

  private static String topLevel(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }

  private static String file(String path) {
    String slashed = path.replace('\\', '/');
    while (slashed.startsWith("./")) {
      slashed = slashed.substring(2);
    }
    return slashed;
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
