package dev.paralleltests.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.junit.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateTestsTest {

  @Test
  void everyTestOfAnEarlierShardIsFoundAgainHoweverManyThereAre() {
    DuplicateTests duplicates = new DuplicateTests(2);
    for (int shard = 1; shard <= 2; shard++) {
      for (int i = 0; i < 5_000; i++) {
        duplicates.add(record(shard, List.of("Suite"), "C" + i % 7, "t" + i, Outcome.PASSED));
      }
    }

    assertThat(duplicates.warnings())
        .containsExactly(
            "C0.t0 ran in shards 1 and 2; kept both",
            "C1.t1 ran in shards 1 and 2; kept both",
            "4998 more tests ran in more than one shard (not listed)");
  }

  @Test
  void aTestIsComparedWithTheFirstOfItsIdentityAndItsOutcomesAreNamed() {
    DuplicateTests duplicates = new DuplicateTests(20);
    duplicates.add(record(1, List.of("S"), "C", "t", Outcome.PASSED));
    duplicates.add(record(2, List.of("S"), "C", "t", Outcome.FAILED));
    duplicates.add(record(3, List.of("S"), "C", "t", Outcome.PASSED));

    assertThat(duplicates.warnings())
        .containsExactly(
            "C.t ran in shards 1 and 2 with conflicting outcomes (passed in shard 1, failed in"
                + " shard 2); kept both",
            "C.t ran in shards 1 and 3; kept both");
  }

  @Test
  void sameNamesInOneShardOrUnderOtherSuitesAreNotDuplicates() {
    DuplicateTests duplicates = new DuplicateTests(20);
    duplicates.add(record(1, List.of("S"), "C", "t", Outcome.PASSED));
    duplicates.add(record(1, List.of("S"), "C", "t", Outcome.PASSED));
    duplicates.add(record(2, List.of("Other"), "C", "t", Outcome.PASSED));
    duplicates.add(record(2, List.of("S"), "D", "t", Outcome.PASSED));

    assertThat(duplicates.warnings()).isEmpty();
  }

  private static TestRecord record(
      int shard, List<String> suites, String className, String name, Outcome outcome) {
    TestRecord r = new TestRecord(shard, suites, className, name);
    r.lastOutcome = outcome;
    return r;
  }
}
