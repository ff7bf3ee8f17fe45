package dev.paralleltests.core.history;

import java.nio.file.Path;
import java.util.List;

/**
 * A separate JVM that records builds into a history directory, for the tests that need real
 * concurrent writers and a writer killed mid-write.
 *
 * <p>Arguments: {@code DIR WRITER BUILDS CASES}: records {@code BUILDS} builds with IDs {@code
 * WRITER-1...}, then one build with the shared ID {@code shared}, each with {@code CASES} cases.
 */
public final class RecordingProcess {
  private RecordingProcess() {}

  public static void main(String[] args) throws Exception {
    TimingHistoryStore store = TimingHistoryStore.at(Path.of(args[0]));
    String writer = args[1];
    int builds = Integer.parseInt(args[2]);
    int cases = Integer.parseInt(args[3]);
    for (int b = 1; b <= builds; b++) {
      store.record(writer + "-" + b, timings(writer, cases), BuildStats.none().withTests(cases));
    }
    store.record("shared", timings(writer, cases), BuildStats.none().withTests(cases));
    System.out.println("done " + writer);
  }

  static BuildTimings timings(String writer, int cases) {
    BuildTimings.Builder builder = BuildTimings.builder();
    for (int i = 0; i < cases; i++) {
      String cls = "com.example.pkg" + (i % 97) + ".Generated" + (i / 50) + "Test";
      builder.addCase(TestCaseId.basic(cls, "test" + i + "_" + writer, "", List.of(cls)), i % 1000);
    }
    return builder.build();
  }
}
