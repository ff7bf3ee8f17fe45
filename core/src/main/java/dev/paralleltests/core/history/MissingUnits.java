package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The units a recorded build was planned to run that no report of it mentions. Most often they are
 * deleted or renamed tests: the history keeps their samples for up to M builds, so every plan made
 * from it alone would list them again and every run would report them missing. A plan leaves the
 * newest build's missing units to the catch-all shard instead, which runs them if they still exist
 * (docs/history-format.md, The history directory).
 *
 * <p>Kept beside the build's timings file, in a file of its own (so that the timings format and
 * every reader of it stay as they are):
 *
 * <pre>
 * # parallel-tests missing units v1
 * granularity	class
 * unit	com.example.DeletedTest
 * </pre>
 *
 * @param granularity the granularity of the plan the units were missing from
 * @param units the missing units, as planned
 */
public record MissingUnits(Granularity granularity, List<String> units) {
  static final String HEADER = "# parallel-tests missing units v1";

  public MissingUnits {
    Objects.requireNonNull(granularity, "granularity");
    units = List.copyOf(units);
  }

  /** The planned units of this granularity that no report mentioned. */
  public static MissingUnits of(Granularity granularity, Collection<String> units) {
    return new MissingUnits(granularity, List.copyOf(units));
  }

  /**
   * The units to note missing for a build: the planned units no report mentions, and those its plan
   * left to the catch-all shard because the newest build noted them missing that this build did not
   * report either. So a deleted test stays noted, and left to the catch-all, in every build after
   * the one that missed it, not in every other one.
   *
   * @param unreported the plan's units that no report of the build mentions
   * @param stillMissing the units the plan left to the catch-all as noted missing
   * @param timings the build's timings: the units they name were reported
   */
  public static List<String> stillUnreported(
      List<String> unreported,
      Collection<String> stillMissing,
      BuildTimings timings,
      Granularity granularity) {
    if (stillMissing.isEmpty()) {
      return List.copyOf(unreported);
    }
    Set<String> reported = new HashSet<>();
    UnitNaming naming = UnitNaming.stored();
    for (TestCaseId id : timings.caseMillis().keySet()) {
      naming.unitOf(id, granularity).ifPresent(reported::add);
    }
    Set<String> all = new LinkedHashSet<>(unreported);
    for (String unit : stillMissing) {
      if (!reported.contains(naming.canonical(unit, granularity))) {
        all.add(unit);
      }
    }
    return List.copyOf(all);
  }

  /** No unit was missing. */
  public static MissingUnits none() {
    return new MissingUnits(Granularity.CLASS, List.of());
  }

  public boolean isEmpty() {
    return units.isEmpty();
  }

  /** The units of a plan at {@code planned} granularity that these are: none at another one. */
  public List<String> at(Granularity planned) {
    return planned == granularity ? units : List.of();
  }

  void write(Path file) throws IOException {
    AtomicFiles.write(
        file,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          w.write(HEADER + "\n");
          w.write("granularity\t" + granularity.label() + "\n");
          for (String unit : units) {
            w.write("unit\t" + Tsv.escape(unit) + "\n");
          }
          w.flush();
        });
  }

  /**
   * Reads a file {@link #write} wrote.
   *
   * @throws HistoryFormatException naming the file and line when it is not one
   */
  static MissingUnits read(Path file) throws IOException {
    String source = file.toString();
    List<String> units = new ArrayList<>();
    Granularity granularity = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      if (!HEADER.equals(line)) {
        throw new HistoryFormatException(
            source, line == null ? 0 : 1, "not a missing-units file (no '" + HEADER + "' line)");
      }
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        int tab = line.indexOf('\t');
        String kind = tab < 0 ? line : line.substring(0, tab);
        String value = tab < 0 ? "" : line.substring(tab + 1);
        try {
          switch (kind) {
            case "granularity" -> granularity = Granularity.parse(value);
            case "unit" -> units.add(Tsv.unescape(value));
            default -> throw new IllegalArgumentException("unknown line '" + kind + "'");
          }
        } catch (IllegalArgumentException e) {
          throw new HistoryFormatException(source, number, e.getMessage());
        }
      }
    }
    if (granularity == null) {
      throw new HistoryFormatException(source, 0, "no 'granularity' line");
    }
    return new MissingUnits(granularity, units);
  }
}
