package dev.paralleltests.core.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * A shard's own copy of the working directory ({@code run --copy}), so that shards that build
 * (Maven's {@code target/}, compiled classes, reports) never write into each other's files and the
 * user's project needs no change. Left out: the run's output directory, version control metadata
 * ({@code .git}) and build output ({@code target/}), which each shard makes anew. Any directory
 * holding a run's marker ({@link OutputDirectory#MARKER}) is left out too: a previous run's output,
 * with its shards' own copies, would otherwise be copied into every new copy, growing each run.
 * Symbolic links are copied as links; file times are kept, so that build tools see sources as they
 * are.
 */
final class CheckoutCopy {

  private static final Set<String> LEFT_OUT = Set.of(".git", "target");

  private CheckoutCopy() {}

  /** Copies {@code source} to {@code target} (which must not exist), leaving out {@code out}. */
  static void copy(Path source, Path target, Path out) throws IOException {
    Path from = source.toAbsolutePath().normalize();
    Path excluded = out.toAbsolutePath().normalize();
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.equals(excluded)
                || Files.exists(dir.resolve(OutputDirectory.MARKER))
                || (!dir.equals(from) && LEFT_OUT.contains(dir.getFileName().toString()))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(target.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path to = target.resolve(from.relativize(file).toString());
            if (Files.isSymbolicLink(file)) {
              Files.createSymbolicLink(to, Files.readSymbolicLink(file));
            } else {
              Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
