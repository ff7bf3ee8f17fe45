package dev.paralleltests.core.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestEngine;

/**
 * A test engine writes into every test run's output, which our CI reads as a record. The core's
 * tests run on known engines only; a new one (a property-testing library, say) must be looked at
 * first: the one we replaced printed text addressed to its reader into every run.
 */
class TestEnginesTest {

  @Test
  void theCoreTestsRunOnJupiterAndArchUnitOnly() {
    List<String> engines = new ArrayList<>();
    ServiceLoader.load(TestEngine.class).forEach(e -> engines.add(e.getId()));

    assertThat(engines).containsExactlyInAnyOrder("junit-jupiter", "archunit");
  }
}
