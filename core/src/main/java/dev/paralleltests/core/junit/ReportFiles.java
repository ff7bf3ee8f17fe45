package dev.paralleltests.core.junit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the JUnit XML reports under a file or directory: every {@code .xml} file, recursively, in a
 * deterministic order, except well-formed XML whose root element is not {@code <testsuite>} or
 * {@code <testsuites>} (a stray {@code pom.xml}, Surefire's {@code failsafe-summary.xml}, TestNG's
 * own results). Anything that cannot be proven not to be a report (an empty, truncated or binary
 * {@code .xml} file) is kept, so that the reader reports it loudly: a broken report must never make
 * a run look green by going missing.
 */
public final class ReportFiles {

  private static final XMLInputFactory FACTORY = SecureXml.inputFactory();

  /**
   * The outcome of a search.
   *
   * @param reports the report files, sorted by their path relative to the searched root (with
   *     {@code /} separators), so that every machine lists them in the same order
   * @param skipped files that were left out, with the reason
   */
  public record Found(List<Path> reports, List<Skipped> skipped) {
    public Found {
      reports = List.copyOf(reports);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * A file left out of a search.
   *
   * @param file the file
   * @param reason why, in words for a log line
   */
  public record Skipped(Path file, String reason) {
    public Skipped {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return file + ": " + reason;
    }
  }

  private ReportFiles() {}

  /**
   * The reports at {@code root}. A regular file is always returned as it is, whatever its name or
   * contents (the caller named it, so the reader should judge it); a directory is searched
   * recursively for {@code .xml} files, without following symbolic links.
   *
   * @throws UncheckedIOException when {@code root} does not exist or a directory cannot be listed
   */
  public static Found find(Path root) {
    Objects.requireNonNull(root, "root");
    if (!Files.exists(root)) {
      throw new UncheckedIOException(new IOException("no such report file or directory: " + root));
    }
    if (!Files.isDirectory(root)) {
      return new Found(List.of(root), List.of());
    }
    List<Named> candidates;
    try (Stream<Path> walk =
        Files.find(
            root,
            Integer.MAX_VALUE,
            // a link to a regular file counts, as Files.isRegularFile follows links
            (p, attributes) ->
                attributes.isRegularFile()
                    || attributes.isSymbolicLink() && Files.isRegularFile(p))) {
      // each name made once, not once per comparison
      candidates =
          walk.map(p -> new Named(relativeName(root, p), p))
              .sorted(Comparator.comparing(Named::name))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list report directory " + root, e);
    }
    List<Path> reports = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Named candidate : candidates) {
      Path file = candidate.path();
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".xml")) {
        skipped.add(new Skipped(file, "not an .xml file"));
        continue;
      }
      if (RootSniffer.isJUnitRoot(file)) {
        reports.add(file);
        continue;
      }
      String root1 = rootElement(file);
      if (root1 == null || root1.equals("testsuite") || root1.equals("testsuites")) {
        reports.add(file);
      } else {
        skipped.add(new Skipped(file, "root element is <" + root1 + ">, not a JUnit XML report"));
      }
    }
    return new Found(reports, skipped);
  }

  private record Named(String name, Path path) {}

  private static String relativeName(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /**
   * The local name of the root element, or null when it cannot be told (unreadable, empty, not
   * well-formed before the root): such files are kept so that reading them reports the problem.
   */
  static String rootElement(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 8192)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            return xml.getLocalName();
          }
          // A DTD event is passed over here (never parsed); the reader refuses it loudly.
        }
        return null;
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return null;
    }
  }
}
