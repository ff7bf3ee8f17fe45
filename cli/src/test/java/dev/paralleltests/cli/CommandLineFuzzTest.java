package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Coverage-guided fuzzing of the command line: argument lists built from the real commands' own
 * option names, fuzzed values, the fixture files below (good and broken reports, plans and history)
 * and fuzzed standard input. Every command ends with status 0, 1 or 2, never with an unexpected
 * exception ("internal error"), and status 2 always comes with a reason on standard error. {@code
 * run} is left out: it starts processes from its arguments. Without {@code JAZZER_FUZZ=1} this runs
 * once over each committed input in {@code CommandLineFuzzTestInputs/<method>/}.
 */
class CommandLineFuzzTest {

  private static final List<String> COMMANDS =
      List.of("plan", "split", "record", "merge", "report", "help");
  private static Path dir;
  private static List<String> fixtures;
  private static Set<String> cwdBefore;
  private static Map<String, List<String>> options;

  @BeforeAll
  static void createFixtures() throws IOException {
    dir = Files.createTempDirectory("cli-fuzz");
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(
        reports.resolve("TEST-a.xml"),
        "<testsuite name='a.A' tests='3'><testcase classname='a.A' name='ok' time='1.5'/>"
            + "<testcase classname='a.A' name='bad' time='0.2'><failure message='x'/></testcase>"
            + "<testcase classname='a.A' name='skip'><skipped/></testcase></testsuite>");
    Files.writeString(reports.resolve("TEST-broken.xml"), "<testsuite><testcase name='x'");
    Path plan = dir.resolve("plan.json");
    CliRun made =
        CliRun.run("plan", "--shards", "2", "--format", "json", "--output", plan.toString(), "a.A");
    if (!Files.exists(plan)) {
      Files.writeString(plan, made.out());
    }
    Files.writeString(dir.resolve("bad-plan.json"), "{\"version\": 1, \"shards\": [");
    Files.writeString(dir.resolve("units.txt"), "a.A\nb.B\n\nc/d.py\n");
    Path history = Files.createDirectories(dir.resolve("history"));
    CliRun.run("record", "--history", history.toString(), "--build", "1", reports.toString());
    fixtures =
        List.of(
            reports.toString(),
            reports.resolve("TEST-a.xml").toString(),
            reports.resolve("TEST-broken.xml").toString(),
            plan.toString(),
            dir.resolve("bad-plan.json").toString(),
            dir.resolve("units.txt").toString(),
            history.toString(),
            dir.resolve("missing").toString(),
            dir.toString(),
            "-");
    CommandLine cl = ParallelTestsCommand.newCommandLine(new ParallelTestsCommand());
    options = new java.util.HashMap<>();
    for (String command : COMMANDS) {
      List<String> names = new ArrayList<>();
      CommandLine sub = cl.getSubcommands().get(command);
      for (OptionSpec o : sub.getCommandSpec().options()) {
        names.addAll(List.of(o.names()));
      }
      options.put(command, names);
    }
    cwdBefore = listCwd();
  }

  @AfterAll
  static void deleteFixtures() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @FuzzTest(maxDuration = "150s")
  void everyCommandEndsWithAKnownStatus(FuzzedDataProvider data) throws IOException {
    String command = data.pickValue(COMMANDS);
    List<String> args = new ArrayList<>(List.of(command));
    List<String> names = options.get(command);
    int count = data.consumeInt(0, 8);
    for (int i = 0; i < count; i++) {
      switch (data.consumeInt(0, 5)) {
        case 0, 1 -> args.add(data.pickValue(names));
        case 2 -> args.add(data.pickValue(fixtures));
        case 3 -> args.add(Integer.toString(data.consumeInt(-3, 100)));
        case 4 -> args.add(dir.resolve("out").resolve(safe(data.consumeString(12))).toString());
        default -> args.add(safe(data.consumeString(16)));
      }
    }
    String stdin = data.consumeRemainingAsString();

    CliRun run = CliRun.run(Map.of(), stdin, args.toArray(String[]::new));

    assertThat(run.exitCode()).as("%s%n%s", args, run.err()).isBetween(0, 2);
    assertThat(run.err()).as("%s", args).doesNotContain("internal error");
    if (run.exitCode() == ExitStatus.ERROR) {
      assertThat(run.err()).as("%s", args).isNotBlank();
    }
    removeFilesCreatedInTheWorkingDirectory();
  }

  /** Fuzzed text as one argument; no separator, so that it can only name a file here. */
  private static String safe(String s) {
    return s.replace('/', '_').replace('\0', '_');
  }

  private static Set<String> listCwd() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(""))) {
      return new java.util.HashSet<>(files.map(Path::toString).toList());
    }
  }

  /** A fuzzed value used as an output or history path lands in the working directory: clean up. */
  private static void removeFilesCreatedInTheWorkingDirectory() throws IOException {
    for (String name : listCwd()) {
      // Jazzer keeps its generated inputs in .cifuzz-corpus, created after the fixtures.
      if (!cwdBefore.contains(name) && !name.startsWith(".cifuzz")) {
        try (Stream<Path> files = Files.walk(Path.of(name))) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
