package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The units a recorded build was planned to run but never reported, kept beside its timings. */
class MissingUnitsTest {

  @TempDir Path dir;

  private TimingHistoryStore store() {
    return TimingHistoryStore.at(dir.resolve("history"));
  }

  private static BuildTimings unit(String className) {
    return Builds.build(0).unit(className, 1_000).done().timings();
  }

  /** Records build {@code id} of one class with one class-granularity unit missing. */
  private static void recordMissing(TimingHistoryStore store, String id, String ran, String missing)
      throws IOException {
    store.record(
        id, unit(ran), BuildStats.none(), MissingUnits.of(Granularity.CLASS, List.of(missing)));
  }

  @Test
  void aBuildRecordedWithMissingUnitsGivesThemBackWithTheirGranularity() throws IOException {
    TimingHistoryStore store = store();
    MissingUnits missing =
        MissingUnits.of(Granularity.FILE, List.of("web/gone.test.js", "tab\there\\and\nline"));

    store.record("7", unit("a.Foo"), BuildStats.none(), missing);

    assertThat(store.missingOf("7")).isEqualTo(missing);
    assertThat(store.missingOf("7").at(Granularity.FILE)).hasSize(2);
    assertThat(store.missingOf("7").at(Granularity.CLASS)).isEmpty();
  }

  @Test
  void theNoteIsNotReadAsABuild() throws IOException {
    TimingHistoryStore store = store();

    recordMissing(store, "7", "a.Foo", "a.Gone");

    HistoryLoad load = store.load();
    assertThat(load.warnings()).isEmpty();
    assertThat(load.history().builds()).extracting(RecordedBuild::id).containsExactly("7");
  }

  @Test
  void recordingTheIdAgainWithoutMissingUnitsForgetsTheNote() throws IOException {
    TimingHistoryStore store = store();
    recordMissing(store, "7", "a.Foo", "a.Gone");

    store.record("7", unit("a.Foo"), BuildStats.none());

    assertThat(store.missingOf("7").isEmpty()).isTrue();
    assertThat(store.missingFileFor("7")).doesNotExist();
  }

  @Test
  void aBuildWithoutANoteMissedNothing() throws IOException {
    TimingHistoryStore store = store();
    store.record("7", unit("a.Foo"), BuildStats.none());

    assertThat(store.missingOf("7")).isEqualTo(MissingUnits.none());
  }

  @Test
  void pruningABuildDeletesItsNote() throws IOException {
    TimingHistoryStore store = store();
    recordMissing(store, "1", "a.Gone", "a.Old");
    store.record("2", unit("a.Foo"), BuildStats.none());
    store.record("3", unit("a.Foo"), BuildStats.none());
    Path note = store.missingFileFor("1");
    assertThat(note).exists();

    // With one build retained, builds 1 and 2 hold no sample any estimate uses.
    TimingHistoryStore.PruneResult result =
        store.prune(EstimateOptions.defaults().withSamples(1).withRetention(1));

    assertThat(result.deleted()).contains(store.fileFor("1"), note);
    assertThat(note).doesNotExist();
  }

  @Test
  void pruningDeletesANoteWhoseBuildIsGoneOnceItIsAnHourOld() throws IOException {
    TimingHistoryStore store = store();
    recordMissing(store, "1", "a.Foo", "a.Old");
    recordMissing(store, "2", "a.Foo", "a.Old");
    Files.delete(store.fileFor("1"));
    Files.delete(store.fileFor("2"));
    Path old = store.missingFileFor("1");
    Path fresh = store.missingFileFor("2");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

    TimingHistoryStore.PruneResult result = store.prune(EstimateOptions.defaults());

    // A fresh note may be a recorder's that has not written its build file yet.
    assertThat(result.deleted()).containsExactly(old);
    assertThat(fresh).exists();
  }

  @Test
  void aDamagedNoteIsRefusedNamingItsFileAndLine() throws IOException {
    TimingHistoryStore store = store();
    recordMissing(store, "7", "a.Foo", "a.Gone");
    Path note = store.missingFileFor("7");
    Files.writeString(note, MissingUnits.HEADER + "\ngranularity\tclass\nunits\ta.Gone\n");

    assertThatThrownBy(() -> store.missingOf("7"))
        .isInstanceOf(HistoryFormatException.class)
        .hasMessage(note + ":3: unknown line 'units'");
  }

  @Test
  void aFileThatIsNotANoteIsRefused() throws IOException {
    TimingHistoryStore store = store();
    store.record("7", unit("a.Foo"), BuildStats.none());
    Files.writeString(store.missingFileFor("7"), "a.Gone\n");

    assertThatThrownBy(() -> store.missingOf("7"))
        .isInstanceOf(HistoryFormatException.class)
        .hasMessageContaining(":1: not a missing-units file");
  }

  @Test
  void unitsLeftToTheCatchAllStayNotedUnlessTheBuildReportedThem() {
    BuildTimings ran = Builds.build(0).unit("a.Back", 1_000).unit("a.Kept", 500).done().timings();

    List<String> noted =
        MissingUnits.stillUnreported(
            List.of("a.Planned"), List.of("a.Gone", "a.Back"), ran, Granularity.CLASS);

    assertThat(noted).containsExactly("a.Planned", "a.Gone");
  }
}
