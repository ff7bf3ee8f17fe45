package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.SecureXml;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells which tool wrote a report, from where it lies ({@code target/surefire-reports/}, {@code
 * build/test-results/}) and from marks in its first elements (Surefire's schema reference, pytest's
 * {@code pytest} suite, jest-junit's {@code jest tests} root, Playwright's empty {@code id} on the
 * root, go-junit-report's {@code go.version} property, Node's bare root with cases of class {@code
 * test}, Mocha's {@code Mocha Tests}). Reads at most the first few elements; anything unrecognised
 * is {@link ReportStyle#GENERIC}.
 */
public final class ReportStyleDetector {

  private static final XMLInputFactory FACTORY = SecureXml.inputFactory();

  /** Enough to pass a suite's properties and reach the first test case. */
  private static final int MAX_EVENTS = 400;

  private ReportStyleDetector() {}

  /** The style of the report at {@code report}; never throws (unreadable files are generic). */
  public static ReportStyle detect(Path report) {
    return fromPath(report).orElseGet(() -> fromContent(report));
  }

  static Optional<ReportStyle> fromPath(Path report) {
    String path = "/" + report.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
    if (path.contains("/target/surefire-reports/") || path.contains("/target/failsafe-reports/")) {
      return Optional.of(ReportStyle.MAVEN);
    }
    if (path.contains("/build/test-results/")) {
      return Optional.of(ReportStyle.GRADLE);
    }
    return Optional.empty();
  }

  static ReportStyle fromContent(Path report) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(report), 8192)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        return scan(xml);
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return ReportStyle.GENERIC;
    }
  }

  private static ReportStyle scan(XMLStreamReader xml) throws XMLStreamException {
    boolean root = true;
    boolean bareRoot = false;
    for (int events = 0; xml.hasNext() && events < MAX_EVENTS; events++) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        return ReportStyle.GENERIC;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String element = xml.getLocalName();
      if (root) {
        root = false;
        String schema = attribute(xml, "noNamespaceSchemaLocation");
        if (schema.contains("surefire")) {
          return ReportStyle.MAVEN;
        }
        if (element.equals("testsuites") || element.equals("testsuite")) {
          // mocha-junit-reporter's default testsuitesTitle; Mocha's xunit names its only suite so.
          if (attribute(xml, "name").equals("Mocha Tests")) {
            return ReportStyle.MOCHA;
          }
        }
        if (element.equals("testsuites")) {
          bareRoot = xml.getAttributeCount() == 0;
          if (attribute(xml, "name").equals("jest tests")) {
            return ReportStyle.JEST;
          }
          // Playwright writes id="" and name="" on its root; nobody else writes an id there.
          if (xml.getAttributeValue(null, "id") != null && attribute(xml, "name").isEmpty()) {
            return ReportStyle.PLAYWRIGHT;
          }
        }
      }
      switch (element) {
        case "testsuite" -> {
          if (attribute(xml, "name").equals("pytest")) {
            return ReportStyle.PYTEST;
          }
        }
        case "property" -> {
          if (attribute(xml, "name").equals("go.version")) {
            return ReportStyle.GO;
          }
        }
        case "testcase" -> {
          // Node's junit reporter: a bare root, and "test" as every case's class.
          if (bareRoot
              && attribute(xml, "classname").equals("test")
              && attribute(xml, "file").isEmpty()) {
            return ReportStyle.NODE;
          }
          return fromFirstCase(xml);
        }
        default -> {
          // keep looking
        }
      }
    }
    return ReportStyle.GENERIC;
  }

  /** Last resort, from the first case: a {@code .py} file, or a Go-style package and test name. */
  private static ReportStyle fromFirstCase(XMLStreamReader xml) {
    String file = attribute(xml, "file");
    String className = attribute(xml, "classname");
    String name = attribute(xml, "name");
    if (file.endsWith(".py")) {
      return ReportStyle.PYTEST;
    }
    if (className.contains("/") && name.startsWith("Test")) {
      return ReportStyle.GO;
    }
    return ReportStyle.GENERIC;
  }

  private static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) {
        String value = xml.getAttributeValue(i);
        return value == null ? "" : value;
      }
    }
    return "";
  }
}
