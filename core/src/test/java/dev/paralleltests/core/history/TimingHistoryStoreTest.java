package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingHistoryStoreTest {

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock();

  private TimingHistoryStore store() {
    return TimingHistoryStore.at(dir.resolve("history"), clock);
  }

  private static BuildTimings unit(String className, long ms) {
    return Builds.build(0).unit(className, ms).done().timings();
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("history"))) {
      return s.sorted().toList();
    }
  }

  @Test
  void recordsOneFilePerBuildAndLoadsThemInTheOrderTheyWereRecorded() throws IOException {
    TimingHistoryStore store = store();
    store.record("10", unit("a.Foo", 1_000), BuildStats.none());
    clock.advance();
    store.record("9", unit("a.Foo", 2_000), BuildStats.none().withShards(2));

    HistoryLoad load = store.load();

    assertThat(load.warnings()).isEmpty();
    assertThat(load.history().builds()).extracting(RecordedBuild::id).containsExactly("10", "9");
    assertThat(load.history().builds().get(1).stats().shards()).hasValue(2);
    assertThat(files()).hasSize(2);
  }

  @Test
  void recordingTheSameIdAgainReplacesThatBuild() throws IOException {
    TimingHistoryStore store = store();
    store.record("42", unit("a.Foo", 1_000), BuildStats.none());
    clock.advance();
    store.record("42", unit("a.Foo", 5_000), BuildStats.none());

    TimingHistory history = store.load().history();

    assertThat(history.builds()).hasSize(1);
    assertThat(history.builds().get(0).recordedAt()).isEqualTo(clock.instant());
    assertThat(files()).hasSize(1);
  }

  @Test
  void anyIdNamesAPlainFileInsideTheDirectory() throws IOException {
    TimingHistoryStore store = store();
    List<String> ids =
        List.of(
            "refs/pull/1/merge",
            "../../escape",
            "..",
            ".hidden",
            "C:\\x",
            "a",
            "A",
            "release/1.x",
            "x".repeat(300),
            "日本");
    for (String id : ids) {
      store.record(id, unit("a.Foo", 1), BuildStats.none());
      clock.advance();
    }

    assertThat(files()).hasSize(ids.size());
    for (Path file : files()) {
      assertThat(file.getParent()).isEqualTo(dir.resolve("history"));
      assertThat(file.getFileName().toString())
          .matches("build-[A-Za-z0-9._-]{1,60}-[0-9a-f]{12}\\.tsv");
    }
    assertThat(store.load().history().builds())
        .extracting(RecordedBuild::id)
        .containsExactlyElementsOf(ids);
    assertThat(dir.resolve("escape")).doesNotExist();
  }

  @Test
  void aMissingDirectoryIsAnEmptyHistoryWithoutWarnings() {
    HistoryLoad load = store().load();

    assertThat(load.history().isEmpty()).isTrue();
    assertThat(load.warnings()).isEmpty();
  }

  @Test
  void aCorruptFileIsSkippedWithAWarningNamingItsLineAndTheOtherBuildsStillCount()
      throws IOException {
    TimingHistoryStore store = store();
    store.record("1", unit("a.Foo", 1_000), BuildStats.none());
    Path corrupt = store.fileFor("2");
    Files.writeString(
        corrupt,
        "# parallel-tests timings v1\nbuild\t2\nrecorded\t2026-01-01T00:00:00Z\nsuite\ta.Foo\nclass\ta.Foo\ta.Foo\t\ncase\tlots\tx\nend\t1\t0\n");
    Files.write(dir.resolve("history").resolve("binary.tsv"), new byte[] {0, 1, 2, (byte) 0xFF});

    HistoryLoad load = store.load();

    assertThat(load.history().builds()).extracting(RecordedBuild::id).containsExactly("1");
    assertThat(load.warnings())
        .extracting(HistoryWarning::toString)
        .containsExactly(
            dir.resolve("history").resolve("binary.tsv")
                + ":1: not UTF-8 text; this build's timings are ignored",
            corrupt + ":6: not a whole number: 'lots'; this build's timings are ignored");
    assertThat(
            load.history()
                .estimate(
                    List.of("a.Foo"),
                    Granularity.CLASS,
                    UnitNaming.stored(),
                    EstimateOptions.defaults())
                .units()
                .get(0)
                .millis())
        .isEqualTo(1_000);
  }

  @Test
  void anEntryThatCannotBeReadIsSkippedWithAWarningNamingIt() throws IOException {
    TimingHistoryStore store = store();
    store.record("1", unit("a.Foo", 1_000), BuildStats.none());
    Path directory = Files.createDirectory(dir.resolve("history").resolve("build-x-0.tsv"));

    HistoryLoad load = store.load();

    assertThat(load.history().builds()).extracting(RecordedBuild::id).containsExactly("1");
    assertThat(load.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.file()).isEqualTo(directory);
              assertThat(w.message())
                  .startsWith("cannot read: ")
                  .endsWith("this build's timings are ignored");
            });
  }

  @Test
  void aHistoryPathThatIsAFileGivesAWarningNotAFailure() throws IOException {
    Path file = Files.writeString(dir.resolve("history"), "not a directory");

    HistoryLoad load = TimingHistoryStore.at(file).load();

    assertThat(load.history().isEmpty()).isTrue();
    assertThat(load.warnings())
        .extracting(HistoryWarning::message)
        .containsExactly("history is not a directory; ignored");
  }

  @Test
  void recordingIntoAPathThatIsAFileFailsAndSaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("history"), "not a directory");

    assertThatThrownBy(
            () -> TimingHistoryStore.at(file).record("1", unit("a.Foo", 1), BuildStats.none()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void ignoresTemporaryFilesOfWritersThatDiedAndPruneCleansThemUpLater() throws IOException {
    TimingHistoryStore store = store();
    store.record("1", unit("a.Foo", 1_000), BuildStats.none());
    Path torn = dir.resolve("history").resolve(".tmp-dead.part");
    Files.writeString(torn, "# parallel-tests timings v1\nbuild\t2\nreco");
    Files.setLastModifiedTime(torn, FileTime.from(clock.instant().minus(Duration.ofHours(2))));

    assertThat(store.load().warnings()).isEmpty();
    assertThat(store.load().history().builds()).hasSize(1);
    assertThat(store.prune(EstimateOptions.defaults()).deleted()).containsExactly(torn);
  }

  @Test
  void pruneDeletesOnlyBuildsThatHoldNoneOfTheLastKSamplesOfARetainedUnit() throws IOException {
    TimingHistoryStore store = store();
    store.record(
        "1",
        Builds.build(1).unit("a.Rare", 9_000).unit("a.Gone", 1).done().timings(),
        BuildStats.none());
    clock.advance();
    store.record("2", unit("a.Often", 1_000), BuildStats.none());
    clock.advance();
    store.record("3", unit("a.Often", 1_000), BuildStats.none());
    clock.advance();
    // The last M=3 builds: a.Rare is retained, and build 1 holds one of its last K=2 samples.
    store.record(
        "4",
        Builds.build(4).unit("a.Often", 1_000).unit("a.Rare", 8_000).done().timings(),
        BuildStats.none());
    clock.advance();
    for (int n = 5; n <= 6; n++) {
      store.record(Integer.toString(n), unit("a.Often", 1_000), BuildStats.none());
      clock.advance();
    }
    EstimateOptions options = EstimateOptions.defaults().withSamples(2).withRetention(3);
    TimingHistory before = store.load().history();

    TimingHistoryStore.PruneResult result = store.prune(options);

    assertThat(result.deleted()).containsExactlyInAnyOrder(store.fileFor("2"), store.fileFor("3"));
    TimingHistory after = store.load().history();
    assertThat(after.builds()).extracting(RecordedBuild::id).containsExactly("1", "4", "5", "6");
    List<String> units = List.of("a.Rare", "a.Often", "a.Gone");
    assertThat(after.estimate(units, Granularity.CLASS, UnitNaming.stored(), options))
        .isEqualTo(before.estimate(units, Granularity.CLASS, UnitNaming.stored(), options));
  }

  @Test
  void recordingWithinTheRetentionWindowDeletesNoBuild() throws IOException {
    EstimateOptions options = EstimateOptions.defaults().withSamples(2).withRetention(4);
    TimingHistoryStore store = store().prunedFor(options);
    for (int n = 1; n <= 4; n++) {
      store.record(Integer.toString(n), unit("a.Foo", 1_000), BuildStats.none());
      clock.advance();
    }

    assertThat(files()).hasSize(4);
  }

  @Test
  void recordingManyBuildsKeepsTheHistoryBoundedAndEveryEstimateAsAFullHistoryGivesIt()
      throws IOException {
    // K=3 samples, M=5 builds; 120 builds of a suite where some tests run rarely, some are
    // deleted, some are new, some get a new case, so that old builds still hold the last samples
    // of rare tests.
    EstimateOptions options = EstimateOptions.defaults().withSamples(3).withRetention(5);
    TimingHistoryStore pruned = store().prunedFor(options);
    TimingHistoryStore full = TimingHistoryStore.at(dir.resolve("full"), clock).prunedFor(null);
    java.util.Random random = new java.util.Random(7);
    int maxFiles = 0;
    for (int n = 1; n <= 120; n++) {
      Builds build = Builds.build(n);
      for (int u = 0; u < 12; u++) {
        boolean rare = u % 4 == 0;
        boolean alive = n < 20 * (1 + u % 6) || u % 3 != 0; // a third are deleted at some point
        // A rare test runs at least every 4th build: within M. (One that stays away longer is
        // forgotten, and once pruned its old samples are gone: documented, tested below.)
        if (alive && (!rare || (n + u) % 4 == 0 || random.nextInt(8) == 0)) {
          build.test("a.C" + u, "t1", 100 + random.nextInt(900));
          if (u % 2 == 0 || n > 60) {
            build.test("a.C" + u, "t2", 100 + random.nextInt(900)); // a case added to some
          }
        }
      }
      if (n % 10 == 0) {
        build.test("a.New" + n, "t", 50); // a new class now and then
      }
      BuildTimings timings = build.done().timings();
      pruned.record(Integer.toString(n), timings, BuildStats.none());
      full.record(Integer.toString(n), timings, BuildStats.none());
      clock.advance();
      maxFiles = Math.max(maxFiles, files().size());
    }

    TimingHistory kept = pruned.load().history();
    TimingHistory all = full.load().history();
    assertThat(all.builds()).hasSize(120);
    assertThat(maxFiles).isLessThan(30);
    for (Granularity g : List.of(Granularity.CLASS, Granularity.TEST)) {
      List<String> everySeen = all.knownUnits(g, options.withRetention(120));
      assertThat(kept.knownUnits(g, options)).isEqualTo(all.knownUnits(g, options));
      assertThat(kept.estimate(everySeen, g, options))
          .isEqualTo(all.estimate(everySeen, g, options));
    }
    List<String> classes = all.knownUnits(Granularity.CLASS, options.withRetention(120));
    assertThat(kept.testEstimates(classes, options)).isEqualTo(all.testEstimates(classes, options));
  }

  @Test
  void aTestAbsentForMoreThanTheWindowStartsAfreshOnceItsBuildsArePruned() throws IOException {
    EstimateOptions options = EstimateOptions.defaults().withSamples(3).withRetention(3);
    TimingHistoryStore store = store().prunedFor(options);
    store.record("1", Builds.build(1).unit("a.Back", 9_000).done().timings(), BuildStats.none());
    for (int n = 2; n <= 6; n++) {
      clock.advance();
      store.record(Integer.toString(n), unit("a.Other", 1_000), BuildStats.none());
    }
    clock.advance();
    store.record("7", Builds.build(7).unit("a.Back", 1_000).done().timings(), BuildStats.none());

    assertThat(
            store.load().history().estimate(List.of("a.Back"), Granularity.CLASS, options).units())
        .containsExactly(UnitEstimate.known("a.Back", 1_000, 1));
  }

  /** A clock the test moves by hand, one second at a time. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T12:00:00Z");

    void advance() {
      now = now.plusSeconds(1);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
