package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split formats against the real test runners, pytest, Maven Surefire and Jest: a suite is
 * recorded, a test the history has never seen is added, and the suite is split into three shards
 * exactly as the CI pages wire it ({@code split --includes-file --excludes-file}, then the runner
 * with those files). Every test must run exactly once, the new one on the catch-all shard.
 */
class RunnerWiringIT {

  private static final Pattern CASE = Pattern.compile("<testcase\\s[^>]*>");
  private static final Pattern CLASS_NAME = Pattern.compile("\\sclassname=\"([^\"]*)\"");
  private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");

  @TempDir Path work;

  @Test
  void pytestShardsRunEveryTestOnceAndTheCatchAllPicksUpANewFile() throws Exception {
    assumeThat(Launcher.bash(work, Map.of(), "python3 -m pytest --version").exitCode())
        .as("pytest is not installed (Debian: python3-pytest); .ci/run installs it")
        .isZero();
    Path project = copy(Path.of("src/test/resources/RunnerWiringIT/pytest"), work.resolve("p"));
    Map<String, String> env = new HashMap<>();
    env.put("PATH", launcherDir() + ":" + System.getenv("PATH"));

    run(project, env, "python3 -m pytest -q -p no:cacheprovider --junitxml=full.xml tests");
    run(project, env, "parallel-tests record --history history --build 1 full.xml");
    Files.move(project.resolve("test_new.py.txt"), project.resolve("tests/test_new.py"));

    for (int i = 1; i <= 3; i++) {
      run(
          project,
          env,
          "parallel-tests split --shards 3 --index "
              + i
              + " --history history --granularity file --format pytest"
              + " --includes-file /tmp/inc.txt --excludes-file /tmp/exc.txt\n"
              + "if [ -f /tmp/inc.txt ]; then\n"
              + "  cat /tmp/inc.txt /tmp/exc.txt | xargs -d '\\n' python3 -m pytest -q"
              + " -p no:cacheprovider --junitxml=shard-reports/"
              + i
              + "/junit.xml\n"
              + "fi");
    }
    run(
        project,
        env,
        "parallel-tests merge --out merged.xml --expect-shards 3 "
            + "1=shard-reports/1 2=shard-reports/2 3=shard-reports/3");

    List<String> ran = cases(project.resolve("merged.xml"));
    assertThat(ran)
        .hasSize(9)
        .doesNotHaveDuplicates()
        .contains("tests.test_new#test_new_never_seen_before");
    assertThat(cases(project.resolve("shard-reports/1/junit.xml")))
        .as("the catch-all shard runs the file no plan has seen")
        .contains("tests.test_new#test_new_never_seen_before");
    for (int i = 2; i <= 3; i++) {
      assertThat(cases(project.resolve("shard-reports/" + i + "/junit.xml")))
          .doesNotContain("tests.test_new#test_new_never_seen_before");
    }
  }

  @Test
  void surefireShardsRunEveryClassOnceAndTheCatchAllPicksUpANewClass() throws Exception {
    Path project = copy(Path.of("src/test/resources/RunnerWiringIT/maven"), work.resolve("m"));
    Map<String, String> env = new HashMap<>();
    env.put("PATH", launcherDir() + ":" + System.getenv("PATH"));
    String mvn = "bash " + Launcher.root().resolve("mvnw") + " -B -q -ntp -f pom.xml";

    // Timings of an earlier full run of this project: real Surefire reports, kept as fixtures to
    // spare the test one Maven run.
    run(
        project,
        env,
        "parallel-tests record --history history --build 1 "
            + Path.of("src/test/resources/RunnerWiringIT/maven-reports").toAbsolutePath());
    Files.move(
        project.resolve("NewTest.java.txt"),
        project.resolve("src/test/java/com/example/NewTest.java"));

    for (int i = 1; i <= 2; i++) {
      run(
          project,
          env,
          "rm -rf target/surefire-reports\n"
              + "parallel-tests split --shards 2 --index "
              + i
              + " --history history --format surefire"
              + " --includes-file /tmp/includes.txt --excludes-file /tmp/excludes.txt\n"
              + "if [ -f /tmp/includes.txt ]; then\n"
              + "  "
              + mvn
              + " test -Dsurefire.includesFile=/tmp/includes.txt"
              + " -Dsurefire.excludesFile=/tmp/excludes.txt\n"
              + "fi\n"
              + "mkdir -p shard-reports/"
              + i
              + " && cp target/surefire-reports/TEST-*.xml shard-reports/"
              + i
              + "/");
    }
    run(project, env, "parallel-tests merge --out merged.xml --expect-shards 2 shard-reports/*");

    List<String> ran = cases(project.resolve("merged.xml"));
    assertThat(ran)
        .as("4 classes of 3 tests (one @Nested), and the new class")
        .hasSize(13)
        .doesNotHaveDuplicates()
        .contains("com.example.NewTest#neverSeenBefore");
    List<String> catchAll = new ArrayList<>();
    try (Stream<Path> files = Files.list(project.resolve("shard-reports/1"))) {
      for (Path f : files.toList()) {
        catchAll.addAll(cases(f));
      }
    }
    assertThat(catchAll)
        .as("the catch-all shard runs the class no plan has seen, and nested classes stay folded")
        .contains("com.example.NewTest#neverSeenBefore");
  }

  @Test
  void jestShardsRunEveryFileOnceAndTheCatchAllPicksUpANewFile() throws Exception {
    assumeThat(Launcher.bash(work, Map.of(), "npm --version").exitCode())
        .as("npm is not installed; Jest and jest-junit come from the npm registry")
        .isZero();
    Path modules = jestModules();
    Path project = copy(Path.of("src/test/resources/RunnerWiringIT/jest"), work.resolve("j"));
    Files.createSymbolicLink(project.resolve("node_modules"), modules.resolve("node_modules"));
    Map<String, String> env = new HashMap<>();
    env.put("PATH", launcherDir() + ":" + System.getenv("PATH"));
    env.put("JEST_JUNIT_ADD_FILE_ATTRIBUTE", "true");
    String jest = "npx jest --reporters=default --reporters=jest-junit --ci";

    run(project, env, "JEST_JUNIT_OUTPUT_DIR=full " + jest);
    run(project, env, "parallel-tests record --history history --build 1 full");
    Files.move(project.resolve("new.test.js.txt"), project.resolve("src/new.test.js"));

    for (int i = 1; i <= 2; i++) {
      run(
          project,
          env,
          "parallel-tests split --shards 2 --index "
              + i
              + " --history history --granularity file --format jest"
              + " --includes-file /tmp/includes.txt --excludes-file /tmp/excludes.txt\n"
              + "if [ -f /tmp/includes.txt ]; then\n"
              + "  export JEST_JUNIT_OUTPUT_DIR=shard-reports/"
              + i
              + "\n"
              + "  cat /tmp/includes.txt /tmp/excludes.txt | xargs -d '\\n' "
              + jest
              + "\n"
              + "fi");
    }
    run(project, env, "parallel-tests merge --out merged.xml --expect-shards 2 shard-reports/*");

    List<String> ran = cases(project.resolve("merged.xml"));
    assertThat(ran)
        .as("pkg/src/alpha.test.js once, though src/alpha.test.js ends the same; fixtures/ ignored")
        .hasSize(10)
        .doesNotHaveDuplicates()
        .contains(" pkg alpha checks# pkg alpha checks")
        .noneMatch(c -> c.contains("ignored fixture"));
    assertThat(cases(project.resolve("shard-reports/1/junit.xml")))
        .as("the catch-all shard runs the file no plan has seen")
        .anyMatch(c -> c.contains("new never seen before"));
  }

  /** Jest and jest-junit from npm, installed once per build into target/ (shared with run's IT). */
  private static Path jestModules() throws Exception {
    Path modules = Path.of("target/run-jest").toAbsolutePath();
    if (!Files.isDirectory(modules.resolve("node_modules/jest-junit"))) {
      Files.createDirectories(modules);
      Files.writeString(
          modules.resolve("package.json"), "{\"name\":\"run-jest\",\"private\":true}\n");
      Launcher.Result npm =
          Launcher.bash(
              modules,
              Map.of(),
              "npm install --no-audit --no-fund --silent jest@29.7.0 jest-junit@16.0.0");
      assertThat(npm.exitCode()).as("npm install: " + npm.err()).isZero();
    }
    return modules;
  }

  private void run(Path dir, Map<String, String> env, String script) throws Exception {
    String local = Launcher.scratchFilesIn(script, work.resolve("tmp"));
    Files.createDirectories(work.resolve("tmp"));
    Launcher.Result result = Launcher.bash(dir, env, "set -euo pipefail\n" + local);
    assertThat(result.exitCode()).as("%s%n%s%n%s", local, result.out(), result.err()).isZero();
  }

  private static List<String> cases(Path report) throws Exception {
    List<String> cases = new ArrayList<>();
    Matcher m = CASE.matcher(Files.readString(report));
    while (m.find()) {
      Matcher c = CLASS_NAME.matcher(m.group());
      Matcher n = NAME.matcher(m.group());
      assertThat(c.find() && n.find()).as(m.group()).isTrue();
      cases.add(c.group(1) + "#" + n.group(1));
    }
    return cases;
  }

  private Path launcherDir() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("parallel-tests"), Launcher.script());
    return bin;
  }

  private static Path copy(Path source, Path target) throws Exception {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    return target;
  }
}
