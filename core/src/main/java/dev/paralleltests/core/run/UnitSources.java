package dev.paralleltests.core.run;

import dev.paralleltests.core.unit.Granularity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the units of a run come from: a list (file or standard input) or discovered files. */
public final class UnitSources {

  private static final Pattern PACKAGE =
      Pattern.compile(
          "^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*)");
  private static final Set<String> JVM_SOURCES = Set.of(".java", ".kt", ".groovy", ".scala");

  private UnitSources() {}

  /**
   * Reads units one a line; blank lines and lines starting with {@code #} are skipped. Names are
   * kept exactly as written (only surrounding white space is trimmed).
   *
   * @throws RunException naming the source and line of a unit listed twice
   */
  public static List<String> read(InputStream in, String sourceName) throws RunException {
    Set<String> units = new LinkedHashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String unit = line.strip();
        if (unit.isEmpty() || unit.startsWith("#")) {
          continue;
        }
        if (!units.add(unit)) {
          throw new RunException(
              sourceName + ":" + number + ": unit '" + unit + "' is listed twice");
        }
      }
    } catch (IOException e) {
      throw new RunException("cannot read units from " + sourceName + ": " + e.getMessage(), e);
    }
    return List.copyOf(units);
  }

  /** Reads units from a file, or from standard input when the name is {@code -}. */
  public static List<String> readFile(String name, Path workDir, InputStream stdin)
      throws RunException {
    if (name.equals("-")) {
      return read(stdin, "standard input");
    }
    Path file = workDir.resolve(name);
    // Not only regular files: a pipe (<(...), /dev/fd/N, a named pipe) is read like one.
    if (!Files.exists(file)) {
      throw new RunException("--units-from " + name + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new RunException("--units-from " + name + ": is a directory, not a file of units");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (IOException e) {
      throw new RunException("cannot read --units-from " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The units of the files matching {@code glob} (relative to {@code workDir}, {@code /}
   * separators), sorted: at {@code file} granularity their relative paths; at {@code class}
   * granularity the class each JVM source file declares (its {@code package} and file name).
   *
   * @throws RunException when nothing matches, or a file cannot be named at that granularity
   */
  public static List<String> discover(String glob, Path workDir, Granularity granularity)
      throws RunException {
    if (granularity == Granularity.TEST) {
      throw new RunException(
          "--discover finds files, not single tests: use --granularity class or file");
    }
    PathMatcher matcher = Globs.matcher(glob);
    Path root = workDir.resolve(ReportCollector.staticPrefix(glob));
    List<Path> files;
    if (!Files.isDirectory(root)) {
      files = List.of();
    } else {
      try (Stream<Path> walk = Files.walk(root)) {
        files =
            walk.filter(Files::isRegularFile)
                .map(workDir::relativize)
                .filter(matcher::matches)
                .sorted()
                .toList();
      } catch (IOException | UncheckedIOException e) {
        throw new RunException("cannot search for --discover " + glob + ": " + e.getMessage(), e);
      }
    }
    if (files.isEmpty()) {
      throw new RunException("--discover " + glob + " matched no file under " + workDir);
    }
    List<String> units = new ArrayList<>();
    for (Path file : files) {
      String relative = file.toString().replace('\\', '/');
      units.add(granularity == Granularity.FILE ? relative : className(workDir, file));
    }
    return List.copyOf(new LinkedHashSet<>(units));
  }

  /**
   * The class a JVM source file declares: its {@code package} and file name.
   *
   * @throws RunException when the file is not a JVM source, or cannot be read
   */
  public static String classDeclaredBy(Path workDir, Path file) throws RunException {
    return className(workDir, file);
  }

  private static String className(Path workDir, Path file) throws RunException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot < 0 || !JVM_SOURCES.contains(name.substring(dot))) {
      throw new RunException(
          file
              + ": not a Java, Kotlin, Groovy or Scala source, so it names no class:"
              + " use --granularity file");
    }
    String simple = name.substring(0, dot);
    try (Stream<String> lines = Files.lines(workDir.resolve(file), StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        Matcher m = PACKAGE.matcher(line);
        if (m.find()) {
          return m.group(1) + "." + simple;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new RunException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return simple; // the default package
  }
}
