package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One lock per state file, held only while used. */
class StateFileLocksTest {

  @TempDir Path dir;
  private final StateFileLocks locks = new StateFileLocks();
  // Own threads: the common pool may have a single one on a two-core machine.
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  /** Holds {@code file}'s lock in another thread until {@code release} opens. */
  private CompletableFuture<Void> hold(Path file, CountDownLatch held, CountDownLatch release) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            locks.with(
                file,
                () -> {
                  held.countDown();
                  awaitQuietly(release);
                  return null;
                });
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        threads);
  }

  @Test
  void shouldMakeASecondCallOnTheSameFileWaitHoweverItsPathIsSpelled() throws Exception {
    Path file = dir.resolve("build/parallel-tests/queue.json");
    Path sameFile = dir.resolve("build/parallel-tests/../parallel-tests/./queue.json");
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> holder = hold(file, held, release);
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    AtomicBoolean entered = new AtomicBoolean();

    CompletableFuture<Void> second =
        CompletableFuture.runAsync(
            () -> {
              try {
                locks.with(sameFile, () -> entered.getAndSet(true));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            threads);

    Thread.sleep(300);
    assertThat(entered).as("entered while the first call held the file").isFalse();
    release.countDown();
    second.get(10, TimeUnit.SECONDS);
    holder.get(10, TimeUnit.SECONDS);
    assertThat(entered).isTrue();
  }

  @Test
  void shouldNotMakeACallOnAnotherFileWait() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> holder = hold(dir.resolve("build-1/queue.json"), held, release);
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    try {
      String answer =
          CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      return locks.with(dir.resolve("build-2/queue.json"), () -> "ran");
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  },
                  threads)
              .get(10, TimeUnit.SECONDS);

      assertThat(answer).isEqualTo("ran");
    } finally {
      release.countDown();
      holder.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void shouldKeepAnEntryOnlyWhileACallRunsOrWaits() throws Exception {
    Path file = dir.resolve("queue.json");
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> holder = hold(file, held, release);
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(locks.size()).isEqualTo(1);

    release.countDown();
    holder.get(10, TimeUnit.SECONDS);
    assertThat(locks.size()).isZero();
  }

  @Test
  void shouldReleaseTheFileWhenTheCallFails() {
    Path file = dir.resolve("queue.json");

    assertThatThrownBy(
            () ->
                locks.with(
                    file,
                    () -> {
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(locks.size()).isZero();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
