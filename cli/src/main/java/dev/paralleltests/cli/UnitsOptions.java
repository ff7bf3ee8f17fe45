package dev.paralleltests.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The units a caller names: as arguments and from {@code --units-from FILE} (one a line, {@code -}
 * for standard input). Names are kept exactly as given, except that surrounding white space and
 * blank lines are dropped, and a name given twice counts once.
 */
final class UnitsOptions {

  @Parameters(
      paramLabel = "UNIT",
      arity = "0..*",
      description = "A test unit (class, file or test, per --granularity), exactly as named.")
  List<String> units = new ArrayList<>();

  @Option(
      names = "--units-from",
      paramLabel = "FILE",
      description = "Read units from FILE, one a line; - reads standard input.")
  String unitsFrom;

  /** True when the caller named units at all (even if the file turned out empty). */
  boolean named() {
    return !units.isEmpty() || unitsFrom != null;
  }

  /** The named units in the order given, without duplicates. */
  List<String> read(InputStream stdin) {
    Set<String> all = new LinkedHashSet<>();
    for (String u : units) {
      add(all, u);
    }
    if (unitsFrom != null) {
      if (unitsFrom.equals("-")) {
        readLines(new InputStreamReader(stdin, StandardCharsets.UTF_8), "standard input", all);
      } else {
        Path file = Path.of(unitsFrom);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          readLines(r, unitsFrom, all);
        } catch (IOException e) {
          throw CliException.usage("cannot read --units-from " + Messages.describe(e));
        }
      }
    }
    return List.copyOf(all);
  }

  private static void readLines(Reader reader, String name, Set<String> into) {
    try {
      BufferedReader lines = new BufferedReader(reader);
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        add(into, line);
      }
    } catch (IOException e) {
      throw CliException.usage("cannot read units from " + name + ": " + Messages.describe(e));
    }
  }

  private static void add(Set<String> into, String unit) {
    String u = unit.strip();
    if (!u.isEmpty()) {
      into.add(u);
    }
  }
}
