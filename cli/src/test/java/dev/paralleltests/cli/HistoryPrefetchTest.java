package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.history.UnitHistory;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HistoryPrefetchTest {
  private static final String DIR = "src/test/resources/HistoryPrefetchTest/history";
  private static final Path HISTORY = Path.of(DIR);

  @AfterEach
  void nothingLeftPending() {
    HistoryPrefetch.take(HISTORY, Granularity.CLASS);
  }

  @Test
  void aPlanWithAHistoryIsReadAheadAsTheCommandWouldReadIt() {
    HistoryPrefetch.start(new String[] {"plan", "--shards", "2", "--history", DIR});

    Optional<UnitHistory.Load> ahead = HistoryPrefetch.take(HISTORY, Granularity.CLASS);

    assertThat(ahead).isPresent();
    UnitHistory direct = TimingHistoryStore.at(HISTORY).loadUnits(Granularity.CLASS).history();
    EstimateOptions options = EstimateOptions.defaults();
    List<String> known = direct.knownUnits(options);
    assertThat(known).containsExactly("a.BarTest", "a.FooTest");
    assertThat(ahead.get().history().knownUnits(options)).isEqualTo(known);
    assertThat(ahead.get().history().estimate(known, options))
        .isEqualTo(direct.estimate(known, options));
  }

  @Test
  void theGranularityGivenIsTheOneReadAhead() {
    HistoryPrefetch.start(new String[] {"plan", "--granularity=file", "--history=" + DIR});

    Optional<UnitHistory.Load> ahead = HistoryPrefetch.take(HISTORY, Granularity.FILE);

    assertThat(ahead).isPresent();
    assertThat(ahead.get().history().knownUnits(EstimateOptions.defaults()))
        .containsExactly("src/test/java/a/BarTest.java", "src/test/java/a/FooTest.java");
  }

  @Test
  void aCommandAskingForAnotherGranularityReadsTheHistoryItself() {
    HistoryPrefetch.start(new String[] {"plan", "--history", DIR});

    assertThat(HistoryPrefetch.take(HISTORY, Granularity.TEST)).isEmpty();
  }

  @Test
  void whatIsReadAheadIsTakenOnce() {
    HistoryPrefetch.start(new String[] {"plan", "--history", DIR});
    HistoryPrefetch.take(HISTORY, Granularity.CLASS);

    assertThat(HistoryPrefetch.take(HISTORY, Granularity.CLASS)).isEmpty();
  }

  @Test
  void nothingIsReadAheadForAnArgumentFileAnotherCommandOrAMissingDirectory() {
    HistoryPrefetch.start(new String[] {"plan", "@args.txt", "--history", DIR});
    assertThat(HistoryPrefetch.take(HISTORY, Granularity.CLASS)).isEmpty();

    HistoryPrefetch.start(new String[] {"split", "--history", DIR});
    assertThat(HistoryPrefetch.take(HISTORY, Granularity.CLASS)).isEmpty();

    HistoryPrefetch.start(new String[] {"plan", "--history", DIR + "/missing"});
    assertThat(HistoryPrefetch.take(HISTORY.resolve("missing"), Granularity.CLASS)).isEmpty();

    HistoryPrefetch.start(new String[] {"plan", "--", "--history", DIR});
    assertThat(HistoryPrefetch.take(HISTORY, Granularity.CLASS)).isEmpty();
  }
}
