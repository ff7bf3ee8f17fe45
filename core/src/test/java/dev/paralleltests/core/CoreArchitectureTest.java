package dev.paralleltests.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core must stay usable without Jenkins: the command line ships it alone. */
@AnalyzeClasses(
    packages = "dev.paralleltests.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDoesNotDependOnJenkins =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "io.jenkins..")
          .because("core/ is the Jenkins-free engine shared by the command line and the plugin");
}
