package dev.paralleltests.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The training run of the build's class-data-sharing archive ({@code cli/pom.xml}): runs the common
 * commands once, in one JVM, on a tiny suite, so that {@code -XX:ArchiveClassesAtExit} stores the
 * classes they load. {@code bin/parallel-tests} then starts the JVM with that archive, which halves
 * a short command's start-up (docs/performance.md, Command line). Not a user command.
 */
final class CdsTraining {
  private CdsTraining() {}

  /** {@code args[0]}: an empty working directory. Prints nothing; fails on a broken command. */
  public static void main(String[] args) throws IOException {
    Path work = Path.of(args[0]);
    Path shard1 = Files.createDirectories(work.resolve("shard-1"));
    Path shard2 = Files.createDirectories(work.resolve("shard-2"));
    report(
        shard1.resolve("TEST-a.FooTest.xml"), "a.FooTest", "<failure message=\"no\">x</failure>");
    report(shard2.resolve("TEST-a.BarTest.xml"), "a.BarTest", "");
    String history = work.resolve("history").toString();
    String plan = work.resolve("plan.json").toString();
    run("--help");
    run("plan", "--help");
    run("record", "--history", history, "--build", "1", shard1.toString(), shard2.toString());
    run("plan", "--shards", "2", "--history", history);
    run("plan", "--shards", "2", "--history", history, "--format", "json", "a.FooTest", "a.Baz");
    Files.writeString(
        Path.of(plan),
        captured("plan", "--shards", "2", "--history", history, "--format", "json"),
        StandardCharsets.UTF_8);
    run("split", "--plan", plan, "--index", "1");
    run(
        "merge",
        "--out",
        work.resolve("merged.xml").toString(),
        shard1.toString(),
        shard2.toString());
  }

  private static void report(Path file, String cls, String failure) throws IOException {
    Files.writeString(
        file,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\""
            + cls
            + "\" tests=\"2\" failures=\""
            + (failure.isEmpty() ? 0 : 1)
            + "\" time=\"0.3\">\n  <testcase classname=\""
            + cls
            + "\" name=\"works\" time=\"0.1\"/>\n  <testcase classname=\""
            + cls
            + "\" name=\"fails\" time=\"0.2\">"
            + failure
            + "</testcase>\n</testsuite>\n",
        StandardCharsets.UTF_8);
  }

  private static void run(String... args) {
    captured(args);
  }

  private static String captured(String... args) {
    HistoryPrefetch.start(args); // as main does, so that its classes are archived too
    java.io.StringWriter out = new java.io.StringWriter();
    CommandLine cl =
        ParallelTestsCommand.newCommandLine(
            new ParallelTestsCommand(Map.of(), java.io.InputStream.nullInputStream()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(OutputStream.nullOutputStream()));
    int status = cl.execute(args);
    if (status == ExitStatus.ERROR) {
      throw new IllegalStateException("training run failed: " + String.join(" ", args));
    }
    return out.toString();
  }
}
