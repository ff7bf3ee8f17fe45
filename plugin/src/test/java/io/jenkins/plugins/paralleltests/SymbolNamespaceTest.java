package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.cps.GlobalVariable;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every name the plugin puts into Pipeline's namespace, read from the compiled classes. In
 * Declarative, a call whose name is no step is resolved as the {@code @Symbol} of any describable:
 * {@code ModelValidatorImpl.validateElement(ModelASTStep)} (pipeline-model-definition@42c9dc3,
 * {@code ModelValidatorImpl.groovy:413}) calls {@code
 * DescriptorLookupCache.lookupStepFirstThenFunction}, whose {@code lookupFunction} falls back to
 * {@code SymbolLookup.findDescriptor(Describable.class, name)} ({@code
 * DescriptorLookupCache.java:133}); structs@1db2a48 {@code SymbolLookup.java:143-152} matches any
 * registered descriptor, a {@code GlobalConfiguration} included. A symbol equal to a step or
 * variable name therefore makes Declarative validate that call's arguments against the wrong class.
 */
class SymbolNamespaceTest {

  private static final List<Class<?>> CLASSES = new ArrayList<>();

  @BeforeAll
  static void loadPluginClasses() throws Exception {
    Path root = classesRoot();
    Path pkg = root.resolve("io/jenkins/plugins/paralleltests");
    try (Stream<Path> files = Files.walk(pkg)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace('/', '.');
        CLASSES.add(Class.forName(name.substring(0, name.length() - ".class".length())));
      }
    }
  }

  @Test
  void shouldFindTheNamesItChecks() throws Exception {
    assertThat(symbols()).contains("parallelTestsDefaults");
    assertThat(functionNames())
        .contains("parallelTestsPlan", "parallelTestsShard", "parallelTestsRecord");
    assertThat(variableNames()).containsExactly("parallelTests");
  }

  @Test
  void shouldKeepEverySymbolApartFromEveryStepName() throws Exception {
    assertThat(symbols()).doesNotContainAnyElementsOf(functionNames());
  }

  @Test
  void shouldKeepEverySymbolApartFromTheGlobalVariablesName() throws Exception {
    assertThat(symbols()).doesNotContainAnyElementsOf(variableNames());
  }

  @Test
  void shouldKeepStepNamesApartFromTheGlobalVariablesName() throws Exception {
    // CpsScript.invokeMethod resolves a global variable before a step (workflow-cps@e007b7f
    // CpsScript.java:110-112): a step of the same name would be unreachable from a script.
    assertThat(functionNames()).doesNotContainAnyElementsOf(variableNames());
  }

  private static Set<String> symbols() {
    Set<String> symbols = new HashSet<>();
    for (Class<?> type : CLASSES) {
      Symbol symbol = type.getAnnotation(Symbol.class);
      if (symbol != null) {
        symbols.addAll(List.of(symbol.value()));
      }
    }
    return symbols;
  }

  private static Set<String> functionNames() throws ReflectiveOperationException {
    Set<String> names = new HashSet<>();
    for (Class<?> type : concrete(StepDescriptor.class)) {
      names.add(((StepDescriptor) newInstance(type)).getFunctionName());
    }
    return names;
  }

  private static Set<String> variableNames() throws ReflectiveOperationException {
    Set<String> names = new HashSet<>();
    for (Class<?> type : concrete(GlobalVariable.class)) {
      names.add(((GlobalVariable) newInstance(type)).getName());
    }
    return names;
  }

  private static List<Class<?>> concrete(Class<?> base) {
    return CLASSES.stream()
        .filter(base::isAssignableFrom)
        .filter(c -> !Modifier.isAbstract(c.getModifiers()))
        .toList();
  }

  private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  private static Path classesRoot() throws URISyntaxException, IOException {
    Path dsl =
        Path.of(ParallelTestsDSL.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isDirectory(dsl)) {
      throw new IOException("expected the plugin's classes in a directory, found " + dsl);
    }
    return dsl;
  }
}
