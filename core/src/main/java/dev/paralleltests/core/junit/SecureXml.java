package dev.paralleltests.core.junit;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one place that creates XML parsers for reports: DTDs, external entities and entity expansion
 * are off, and sizes are bounded, so that a hostile report (billion laughs, {@code file:} or
 * network entities, absurd nesting) is refused with a message instead of being obeyed.
 *
 * <p>The parser is Woodstox (chosen over the JDK's StAX by benchmark, see docs/performance.md); it
 * honours the encoding a document declares and has explicit limits for every size that matters.
 */
public final class SecureXml {

  /** Deeper than any real report (Jest and Playwright nest a few levels); bounds recursion. */
  static final int MAX_ELEMENT_DEPTH = 500;

  /**
   * One attribute may hold a whole assertion message (Surefire writes diffs into {@code message});
   * 32 Mi characters keeps those while bounding memory.
   */
  static final int MAX_ATTRIBUTE_SIZE = 32 * 1024 * 1024;

  private SecureXml() {}

  /**
   * A new, hardened StAX input factory. Callers must pass an {@link java.io.InputStream} (not a
   * {@link java.io.Reader}) so that the declared encoding is honoured, and must refuse a {@code
   * DTD} event themselves if they want a clear message (the parser then never reads it).
   */
  public static XMLInputFactory inputFactory() {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException(
              "external entity or DTD refused (" + systemId + "): reports may not load files");
        });
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 100L);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_ELEMENT_DEPTH);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_SIZE);
    // Bodies that are skipped (timings-only reading) are then scanned, not copied.
    factory.setProperty(WstxInputProperties.P_LAZY_PARSING, true);
    return factory;
  }
}
