package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.plan.CatchAllReserve;
import dev.paralleltests.core.property.Gen;
import dev.paralleltests.core.property.Property;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history read for planning ({@link TimingHistoryStore#loadUnits}) gives exactly what the full
 * history ({@link TimingHistoryStore#load}) gives at one granularity: the same known units,
 * estimates, catch-all reserve and warnings.
 */
class UnitHistoryTest {

  @TempDir Path dir;

  @Test
  void sumsEachUnitsSamplesInABuildWithTheSuitesOwnTimeAtClassGranularityOnly() throws IOException {
    write(
        "build-1.tsv",
        """
        # parallel-tests timings v1
        build\t1
        recorded\t2026-01-01T00:00:00Z
        suite\ta.FooTest
        class\ta.FooTest\ta.FooTest\ta/FooTest.java
        extra\t50
        case\t100\tadds
        case\t200\tsubtracts
        end\t2\t1
        """);
    TimingHistoryStore store = TimingHistoryStore.at(dir);
    EstimateOptions options = EstimateOptions.defaults();

    assertThat(store.loadUnits(Granularity.CLASS).history().estimate(List.of("a.FooTest"), options))
        .extracting(Estimates::units)
        .isEqualTo(List.of(UnitEstimate.known("a.FooTest", 350, 1)));
    assertThat(store.loadUnits(Granularity.TEST).history().knownUnits(options))
        .containsExactly("a.FooTest#adds", "a.FooTest#subtracts");
  }

  @Test
  void theKnownUnitsEstimatesAreKeptForTheOptionsLastAskedFor() throws IOException {
    write(
        "build-1.tsv",
        """
        # parallel-tests timings v1
        build\t1
        recorded\t2026-01-01T00:00:00Z
        suite\ta.FooTest
        class\ta.FooTest\ta.FooTest\t
        case\t100\tadds
        end\t1\t0
        """);
    write(
        "build-2.tsv",
        """
        # parallel-tests timings v1
        build\t2
        recorded\t2026-01-02T00:00:00Z
        suite\ta.FooTest
        class\ta.FooTest\ta.FooTest\t
        case\t300\tadds
        end\t1\t0
        """);
    UnitHistory history = TimingHistoryStore.at(dir).loadUnits(Granularity.CLASS).history();
    EstimateOptions median = EstimateOptions.defaults();
    EstimateOptions p85 = median.withStatistic(Statistic.P85);

    List<UnitEstimate> first = history.estimateKnown(median);

    assertThat(history.estimateKnown(median)).isSameAs(first);
    assertThat(history.estimateKnown(p85)).containsExactly(UnitEstimate.known("a.FooTest", 300, 2));
    assertThat(history.estimateKnown(median))
        .containsExactly(UnitEstimate.known("a.FooTest", 200, 2));
  }

  @Test
  void aFileTheFullReaderRejectsIsSkippedWithTheSameWarning() throws IOException {
    write("build-1.tsv", "# parallel-tests timings v1\nbuild\t1\ncase\tx\n");
    TimingHistoryStore store = TimingHistoryStore.at(dir);

    UnitHistory.Load units = store.loadUnits(Granularity.CLASS);

    assertThat(units.warnings()).isNotEmpty().isEqualTo(store.load().warnings());
    assertThat(units.history().buildCount()).isZero();
  }

  @Test
  void readsFilesLongerThanItsBufferAndLinesLongerThanItAsTheFullReaderDoes() throws IOException {
    BuildTimings.Builder timings = BuildTimings.builder();
    for (int i = 0; i < 5_000; i++) {
      String cls = "com.example.m" + (i % 17) + ".Class" + i + "Test";
      timings.addCase(TestCaseId.basic(cls, "test" + i % 3, "src/" + i + ".java", List.of(cls)), i);
    }
    String longName = "a.Long" + "x".repeat(200_000) + "Test"; // longer than the 64 KB buffer
    timings.addCase(TestCaseId.basic(longName, "t", null, List.of(longName)), 7);
    BuildTimingsFile.write(
        dir.resolve("build-1.tsv"),
        RecordedBuild.of("1", Instant.parse("2026-01-01T00:00:00Z"), timings.build()));
    TimingHistoryStore store = TimingHistoryStore.at(dir);
    TimingHistory full = store.load().history();
    EstimateOptions options = EstimateOptions.defaults();

    for (Granularity g : Granularity.values()) {
      UnitHistory units = store.loadUnits(g).history();
      List<String> known = units.knownUnits(options);
      assertThat(known).hasSizeGreaterThanOrEqualTo(5_000).isEqualTo(full.knownUnits(g, options));
      assertThat(units.estimate(known, options)).isEqualTo(full.estimate(known, g, options));
    }
  }

  @Test
  void givesWhatTheFullHistoryGivesOnRandomHistories() {
    Property.forAll(
        300,
        UnitHistoryTest::history,
        h -> {
          Path root = Files.createTempDirectory(dir, "h");
          try {
            check(h, root);
          } finally {
            deleteTree(root);
          }
        });
  }

  // --- the property's inputs: files written by hand, so that they can hold what a writer never
  // writes (repeated cases, CRLF line ends, comments, damage) as well as what it does.

  record Sample(String name, String testUnit, long millis, boolean extra) {}

  record Group(
      String suite, String className, String classUnit, String fileUnit, List<Sample> samples) {}

  record BuildFile(String id, int second, boolean crlf, int damage, List<Group> groups) {}

  record History(
      List<BuildFile> files,
      Granularity granularity,
      int samples,
      int retention,
      List<String> ask) {}

  private static final String[] CLASSES = {
    "a.FooTest", "a.BarTest", "b.Baz$Inner", "b.Baz", "c.Ünïcode", "d.Tab\tName", "e.Back\\slash"
  };

  private static History history(Gen g) {
    List<BuildFile> files = g.list(0, 7, UnitHistoryTest::buildFile);
    List<String> ask =
        g.list(
            0,
            6,
            x ->
                x.oneOf(
                    "a.FooTest",
                    "b.Baz$Inner",
                    "./a/FooTest.java",
                    "zz.New",
                    "a.FooTest#t1",
                    "x/Y.py::t[1]"));
    return new History(
        files, g.oneOf(Granularity.class), g.intBetween(1, 4), g.intBetween(1, 5), ask);
  }

  private static BuildFile buildFile(Gen g) {
    return new BuildFile(
        "b" + g.intBetween(1, 8), // repeated IDs: the later recorded wins
        g.intBetween(0, 5), // equal times: ordered by ID
        g.intBetween(0, 5) == 0,
        g.intBetween(0, 12) == 0 ? g.intBetween(1, 5) : 0,
        g.list(0, 6, UnitHistoryTest::group));
  }

  private static Group group(Gen g) {
    String className = g.oneOf(CLASSES);
    return new Group(
        g.oneOf(className, "suite " + className, ""),
        className,
        g.oneOf(className, "a.FooTest", "", className + "2"),
        g.oneOf(
            "", "a/FooTest.java", "a/Renamed.java", "b/Baz.kt"), // a file renamed between builds
        g.list(0, 4, UnitHistoryTest::sample));
  }

  private static Sample sample(Gen g) {
    boolean extra = g.intBetween(0, 5) == 0;
    return new Sample(
        g.oneOf("t1", "t2", "t[1]", "t\u00e9"),
        g.oneOf(null, null, "", "custom::t1", "a.FooTest#t1"),
        extra ? g.longBetween(-500, 500) : g.longBetween(0, 5_000),
        extra);
  }

  private static void check(History h, Path root) throws IOException {
    for (int i = 0; i < h.files().size(); i++) {
      BuildFile f = h.files().get(i);
      String text = text(f);
      if (f.damage() == 5) {
        // a byte that is not UTF-8, a few lines after the header
        int at = text.indexOf('\n') + 1;
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = '#';
        bytes[head.length + 1] = (byte) 0xFF;
        bytes[head.length + 2] = '\n';
        System.arraycopy(tail, 0, bytes, head.length + 3, tail.length);
        Files.write(root.resolve("build-" + i + ".tsv"), bytes);
      } else {
        Files.writeString(root.resolve("build-" + i + ".tsv"), text, StandardCharsets.UTF_8);
      }
    }
    TimingHistoryStore store = TimingHistoryStore.at(root);
    HistoryLoad full = store.load();
    UnitHistory.Load units = store.loadUnits(h.granularity());
    EstimateOptions options =
        EstimateOptions.defaults().withSamples(h.samples()).withRetention(h.retention());

    assertThat(units.warnings()).isEqualTo(full.warnings());
    List<String> known = units.history().knownUnits(options);
    assertThat(known).isEqualTo(full.history().knownUnits(h.granularity(), options));
    // Every known unit estimated from its own samples: as estimate() does for a unit named in its
    // canonical form (a stored name that is not, e.g. a class name with a backslash at test
    // granularity, is not found again under its canonical name by estimate()).
    List<UnitEstimate> all = units.history().estimateKnown(options);
    assertThat(all).extracting(UnitEstimate::unit).isEqualTo(known);
    assertThat(all).allMatch(e -> e.samples() > 0);
    List<String> canonical =
        known.stream().filter(u -> UnitNames.canonical(u, h.granularity()).equals(u)).toList();
    assertThat(all.stream().filter(e -> canonical.contains(e.unit())).toList())
        .isEqualTo(full.history().estimate(canonical, h.granularity(), options).units());
    List<String> asked = new ArrayList<>(known);
    asked.addAll(h.ask());
    assertThat(units.history().estimate(asked, options))
        .isEqualTo(full.history().estimate(asked, h.granularity(), options));
    assertThat(units.history().estimate(h.ask(), options))
        .isEqualTo(full.history().estimate(h.ask(), h.granularity(), options));
    assertThat(CatchAllReserve.typicalNewWork(units.history()))
        .isEqualTo(CatchAllReserve.typicalNewWork(full.history(), h.granularity()));
  }

  private static String text(BuildFile f) {
    List<String> lines = new ArrayList<>();
    lines.add(BuildTimingsFile.HEADER);
    lines.add("build\t" + f.id());
    lines.add("recorded\t" + Instant.parse("2026-01-01T00:00:00Z").plusSeconds(f.second()));
    lines.add("# a comment");
    lines.add("");
    int cases = 0;
    int extras = 0;
    for (Group group : f.groups()) {
      lines.add("suite\t" + Tsv.escape(group.suite()));
      lines.add(
          "class\t"
              + Tsv.escape(group.className())
              + "\t"
              + Tsv.escape(group.classUnit())
              + "\t"
              + Tsv.escape(group.fileUnit()));
      for (Sample s : group.samples()) {
        if (s.extra()) {
          lines.add("extra\t" + s.millis());
          extras++;
        } else {
          lines.add(
              "case\t"
                  + s.millis()
                  + "\t"
                  + Tsv.escape(s.name())
                  + (s.testUnit() == null ? "" : "\t" + Tsv.escape(s.testUnit())));
          cases++;
        }
      }
    }
    lines.add("end\t" + cases + "\t" + extras);
    switch (f.damage()) {
      case 1 -> lines.remove(lines.size() - 1); // truncated
      case 2 -> lines.add(3, "stat\twallMillis\tmany"); // not a number
      case 3 -> lines.set(lines.size() - 1, "end\t" + (cases + 1) + "\t" + extras); // wrong count
      case 4 -> lines.add(3, "case\t1\tbefore any class");
      default -> {}
    }
    String eol = f.crlf() ? "\r\n" : "\n";
    return String.join(eol, lines) + eol;
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
