package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Maven project split by {@code run}, its pom untouched: each shard runs in its own copy of
 * the project ({@code --copy}); Surefire selects each shard's classes from an includes file, and
 * the catch-all shard runs everything but the other shard's classes from an excludes file, so it
 * also runs a class the history never saw, while a {@code @Nested} class still runs once. Maven
 * runs offline against the local repository the main build filled (same plugin and JUnit versions).
 */
class RunMavenIT {

  private static final Path DATA = Path.of("src/test/resources/RunMavenIT").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void shouldSplitASurefireSuiteAndLetTheCatchAllShardRunANewClass() throws Exception {
    Path project = dir.resolve("project");
    RunRealRunners.copyProject(DATA.resolve("project"), project);
    Path history = dir.resolve("history");
    // The history knows three of the four classes: shop.CouponTest was added since.
    Launcher.Result seeded =
        Launcher.launch(
            project,
            Map.of(),
            "record",
            "--history",
            history.toString(),
            "--build",
            "seed",
            DATA.resolve("seed").toString());
    assertThat(seeded.exitCode()).as(seeded.err()).isZero();

    Launcher.Result run =
        Launcher.launch(
            project,
            Map.of(),
            "run",
            "--shards",
            "2",
            "--history",
            history.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--progress",
            "plain",
            "--copy",
            "--reports",
            "target/surefire-reports/*.xml",
            "--",
            Launcher.root().resolve("mvnw").toString(),
            "-B",
            "-o",
            "test",
            "-Dsurefire.includesFile={includes-file}",
            "-Dsurefire.excludesFile={excludes-file}");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(RunRealRunners.caseClasses(dir.resolve("out/junit.xml")))
        .containsExactlyInAnyOrder(
            "shop.CartTest",
            "shop.CartTest",
            "shop.CartTest$EmptyCartTest",
            "shop.CheckoutTest",
            "shop.CheckoutTest",
            "shop.PricingTest",
            "shop.PricingTest",
            "shop.CouponTest",
            "shop.CouponTest");
    String plan = Files.readString(dir.resolve("out/plan.json"));
    assertThat(plan).contains("\"excludes\"").doesNotContain("CouponTest");
    assertThat(project.resolve("target")).as("the project itself is not built in").doesNotExist();
    assertThat(dir.resolve("out/shard-1/checkout/target/surefire-reports")).isDirectory();
    assertThat(dir.resolve("out/shard-2/checkout/target/surefire-reports")).isDirectory();
    // The catch-all's excludes file (the other shard's is empty) keeps Surefire's default
    // exclusion.
    assertThat(
            Files.readString(dir.resolve("out/shard-1/excludes.txt"))
                + Files.readString(dir.resolve("out/shard-2/excludes.txt")))
        .contains("shop/")
        .contains("**/*$*");
  }
}
