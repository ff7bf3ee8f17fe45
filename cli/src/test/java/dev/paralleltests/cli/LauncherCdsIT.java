package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archive the package phase makes (cli/pom.xml, CdsTraining) and the
 * launcher's use of it: used when fresh, and never a word on standard output or error when it is
 * missing, stale or unreadable (JDK 17 prints CDS warnings on standard output, where they would
 * break {@code plan --format json}).
 */
class LauncherCdsIT {

  @TempDir Path work;

  private static final Path JAR = Launcher.root().resolve("cli/target/parallel-tests.jar");
  private static final Path ARCHIVE = Launcher.root().resolve("cli/target/parallel-tests.jsa");

  @Test
  void theBuildMakesAnArchiveThatTheLauncherUses() throws Exception {
    assertThat(ARCHIVE).isRegularFile();
    assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThan(Files.getLastModifiedTime(JAR));
    Path log = work.resolve("classes.log");

    Launcher.Result run =
        Launcher.launch(
            work,
            Map.of(
                "PARALLEL_TESTS_JAVA_OPTS", "-XX:+UseSerialGC -Xlog:class+load=info:file=" + log),
            "plan",
            "--shards",
            "2",
            "a.ATest",
            "b.BTest");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readAllLines(log))
        .anyMatch(l -> l.contains("dev.paralleltests.cli.PlanCommand ") && l.contains("(top)"));
  }

  @Test
  void aMissingArchiveChangesNothing() throws Exception {
    Path root = copyOfTheLauncher(null);

    assertCleanVersion(root);
  }

  @Test
  void anUnreadableArchiveNewerThanTheJarIsIgnoredSilently() throws Exception {
    Path root = copyOfTheLauncher("not an archive");

    assertCleanVersion(root);
  }

  @Test
  void anArchiveMadeForAnotherJarIsIgnoredSilently() throws Exception {
    Path root = copyOfTheLauncher("");
    // The real archive, but the jar is now another file (at another path): the JVM refuses it.
    Files.copy(ARCHIVE, root.resolve("cli/target/parallel-tests.jsa"));
    Files.setLastModifiedTime(
        root.resolve("cli/target/parallel-tests.jsa"), FileTime.from(Instant.now().plusSeconds(5)));

    assertCleanVersion(root);
  }

  @Test
  void anArchiveOlderThanTheJarIsNotUsed() throws Exception {
    Path root = copyOfTheLauncher("");
    Files.copy(ARCHIVE, root.resolve("cli/target/parallel-tests.jsa"));
    Files.setLastModifiedTime(
        root.resolve("cli/target/parallel-tests.jsa"),
        FileTime.from(Instant.now().minusSeconds(60)));
    Path log = work.resolve("classes.log");

    Launcher.Result run =
        Launcher.run(
            work,
            Map.of("PARALLEL_TESTS_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
            List.of("bash", root.resolve("bin/parallel-tests").toString(), "--version"));

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(log)).noneMatch(l -> l.contains("(top)"));
  }

  /** bin/ and cli/target/ of a second checkout: the script, the jar, and maybe an archive. */
  private Path copyOfTheLauncher(String archive) throws Exception {
    Path root = work.resolve("checkout");
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("cli/target"));
    Files.copy(Launcher.script(), root.resolve("bin/parallel-tests"));
    Files.copy(JAR, root.resolve("cli/target/parallel-tests.jar"));
    Files.setLastModifiedTime(
        root.resolve("cli/target/parallel-tests.jar"), FileTime.from(Instant.now()));
    if (archive != null && !archive.isEmpty()) {
      Path jsa = root.resolve("cli/target/parallel-tests.jsa");
      Files.writeString(jsa, archive);
      Files.setLastModifiedTime(jsa, FileTime.from(Instant.now().plusSeconds(5)));
    }
    return root;
  }

  private void assertCleanVersion(Path root) throws Exception {
    Launcher.Result run =
        Launcher.run(
            work,
            Map.of(),
            List.of("bash", root.resolve("bin/parallel-tests").toString(), "--version"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("parallel-tests 0.1.0-SNAPSHOT\n");
    assertThat(run.err()).isEmpty();
  }
}
