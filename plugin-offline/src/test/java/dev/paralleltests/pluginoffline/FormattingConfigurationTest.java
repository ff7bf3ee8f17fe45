package dev.paralleltests.pluginoffline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The real plugin build (plugin/pom.xml under plugin-pom) and the default build check plugin/ with
 * the same Spotless steps. In plugin-pom 6.2221.va_045130417c9, {@code spotless.check.skip=false}
 * turns on the {@code check} goal configured at pom.xml:800-835: palantirJavaFormat 2.97.0 and other
 * Java steps, and sortPom with the options at lines 819-826. plugin/pom.xml replaces the Java steps
 * by the repository's (google-java-format) and keeps sortPom; the root POM's execution {@code
 * check-plugin-format} runs both on plugin/ offline.
 */
class FormattingConfigurationTest {

  /** plugin-pom 6.2221.va_045130417c9 pom.xml:820-825, the sortPom options the real build uses. */
  private static final Map<String, String> PLUGIN_POM_SORT_POM =
      Map.of(
          "expandEmptyElements", "false",
          "sortDependencies", "scope,groupId,artifactId",
          "sortDependencyExclusions", "groupId,artifactId",
          "spaceBeforeCloseEmptyElement", "true");

  private static Element root;
  private static Element plugin;

  @BeforeAll
  static void readPoms() throws Exception {
    Path base = Path.of(System.getProperty("user.dir")).getParent();
    root = read(base.resolve("pom.xml"));
    plugin = read(base.resolve("plugin/pom.xml"));
  }

  @Test
  void shouldTurnOnTheRealBuildsFormatCheck() {
    assertThat(text(child(plugin, "properties"), "spotless.check.skip")).isEqualTo("false");
  }

  @Test
  void shouldUseTheSameSpotlessVersionInBothBuilds() {
    assertThat(text(child(plugin, "properties"), "spotless-maven-plugin.version"))
        .isEqualTo(text(spotless(root), "version"));
  }

  @Test
  void shouldReplacePluginPomsJavaStepsByTheRepositorysOwn() {
    Element pluginJava = child(child(spotless(plugin), "configuration"), "java");
    Element rootJava = child(child(spotless(root), "configuration"), "java");

    assertThat(pluginJava.getAttribute("combine.self")).isEqualTo("override");
    assertThat(describe(pluginJava)).isEqualTo(describe(rootJava)).contains("googleJavaFormat");
  }

  @Test
  void shouldCheckThePluginsSourcesAndPomOfflineWithPluginPomsSortPom() {
    Element execution = checkPluginFormat();
    Element configuration = child(execution, "configuration");

    assertThat(text(execution, "phase")).isEqualTo("verify");
    assertThat(texts(child(child(configuration, "java"), "includes")))
        .containsExactly("plugin/src/main/java/**/*.java", "plugin/src/test/java/**/*.java");
    Element pom = child(configuration, "pom");
    assertThat(texts(child(pom, "includes"))).containsExactly("plugin/pom.xml");
    Map<String, String> sortPom = new LinkedHashMap<>();
    for (Element option : children(child(pom, "sortPom"))) {
      sortPom.put(option.getTagName(), option.getTextContent().strip());
    }
    assertThat(sortPom).isEqualTo(PLUGIN_POM_SORT_POM);
  }

  private static Element checkPluginFormat() {
    for (Element execution : children(child(spotless(root), "executions"))) {
      if (text(execution, "id").equals("check-plugin-format")) {
        return execution;
      }
    }
    throw new AssertionError("no execution check-plugin-format in the root POM's Spotless");
  }

  private static Element spotless(Element project) {
    for (Element p : children(child(child(project, "build"), "plugins"))) {
      if (text(p, "artifactId").equals("spotless-maven-plugin")) {
        return p;
      }
    }
    throw new AssertionError("no spotless-maven-plugin in " + project.getBaseURI());
  }

  /** Element names and texts, depth first, without whitespace or attributes. */
  private static String describe(Element element) {
    StringBuilder out = new StringBuilder(element.getTagName()).append('{');
    List<Element> kids = children(element);
    if (kids.isEmpty()) {
      out.append(element.getTextContent().strip());
    }
    for (Element kid : kids) {
      out.append(describe(kid));
    }
    return out.append('}').toString();
  }

  private static List<String> texts(Element parent) {
    return children(parent).stream().map(e -> e.getTextContent().strip()).toList();
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().strip();
  }

  private static Element child(Element parent, String name) {
    for (Element e : children(parent)) {
      if (e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element read(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    Document document = factory.newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }
}
