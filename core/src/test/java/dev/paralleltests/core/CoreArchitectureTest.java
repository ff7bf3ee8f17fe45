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

  @ArchTest
  static final ArchRule xmlParsersComeOnlyFromSecureXml =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("dev.paralleltests.core.junit.SecureXml")
          .should()
          .callMethod(javax.xml.stream.XMLInputFactory.class, "newFactory")
          .orShould()
          .callMethod(javax.xml.stream.XMLInputFactory.class, "newInstance")
          .orShould()
          .callMethod(javax.xml.parsers.DocumentBuilderFactory.class, "newInstance")
          .orShould()
          .callMethod(javax.xml.parsers.SAXParserFactory.class, "newInstance")
          .orShould()
          .callConstructor(com.ctc.wstx.stax.WstxInputFactory.class)
          .because(
              "reports are untrusted: every parser must refuse DTDs and external entities and"
                  + " carry SecureXml's size and depth limits");
}
