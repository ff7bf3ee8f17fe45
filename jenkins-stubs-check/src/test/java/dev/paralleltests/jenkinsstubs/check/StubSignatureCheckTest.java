package dev.paralleltests.jenkinsstubs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class StubSignatureCheckTest {

  private static Path resource(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(
                  StubSignatureCheckTest.class.getResource("/StubSignatureCheckTest/" + name), name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StubSignatureCheck.Result check(String stubCase, Omissions omissions) {
    List<Path> realRoots = SourceIndex.discoverRoots(resource("real"));
    return new StubSignatureCheck(List.of(resource(stubCase)), realRoots, omissions).run();
  }

  private static StubSignatureCheck.Result check(String stubCase) {
    return check(stubCase, Omissions.none());
  }

  @Test
  void stubsWithTheRealSignaturesPassWhateverTheirImportsAndPrivateHelpers() {
    StubSignatureCheck.Result result = check("matching");

    assertThat(result.differences()).isEmpty();
    assertThat(result.types()).isEqualTo(3);
    assertThat(result.members()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void reportsADifferentReturnType() {
    assertThat(check("wrong-return").differences())
        .containsExactly(
            "demo.Widget#parts(): type differ: stub `java.util.Collection<java.lang.String>`,"
                + " real `java.util.List<java.lang.String>`");
  }

  @Test
  void reportsAMissingFinalOnTheClass() {
    assertThat(check("not-final").differences())
        .containsExactly("demo.Widget: modifiers differ: stub `[public]`, real `[final, public]`");
  }

  @Test
  void reportsAMissingFinalOnAMethod() {
    assertThat(check("not-final-method").differences())
        .containsExactly(
            "demo.Base#size(): modifiers differ: stub `[public]`, real `[final, public]`");
  }

  @Test
  void reportsMissingCheckedExceptions() {
    assertThat(check("missing-throws").differences())
        .containsExactly(
            "demo.Widget#of(java.lang.String): throws differ: stub [], real [java.io.IOException]");
  }

  @Test
  void reportsADifferentTypeParameterBound() {
    assertThat(check("wrong-bound").differences())
        .containsExactly(
            "demo.Base: type parameters differ: stub `<T>`, real `<T extends demo.Base<T>>`");
  }

  @Test
  void reportsAnAbstractMethodTheStubLeavesOut() {
    assertThat(check("missing-abstract").differences())
        .containsExactly("demo.Base#name(): abstract in the real type, missing in the stub");
  }

  @Test
  void reportsAnnotationRetentionTargetsAndElementDefaults() {
    assertThat(check("annotation-retention").differences())
        .containsExactlyInAnyOrder(
            "demo.Marker: retention differ: stub `CLASS`, real `RUNTIME`",
            "demo.Marker: targets differ: stub `[TYPE]`, real `[METHOD, TYPE]`",
            "demo.Marker#value(): differs: stub `default \"\"`, real `(no default)`");
  }

  @Test
  void reportsAnInterfaceTheRealTypeDoesNotHave() {
    assertThat(check("extra-interface").differences())
        .containsExactly(
            "demo.Widget: the stub implements `java.lang.AutoCloseable`, the real type does not");
  }

  @Test
  void reportsMembersAndConstructorsThatDoNotExist() {
    assertThat(check("invented-member").differences())
        .containsExactlyInAnyOrder(
            "demo.Widget#constructor(): no such constructor in the real type"
                + " (real has constructor(java.lang.String))",
            "demo.Widget#invented(int): no such method in the real type");
  }

  @Test
  void reportsATypeMissingFromTheRealSources() {
    assertThat(check("unknown-type").differences())
        .containsExactly("demo.Gadget: no such type in the real sources");
  }

  @Test
  void reportsALeftOutInterfaceUnlessAnOmissionExplainsIt() throws IOException {
    assertThat(check("omitted-interface").differences())
        .containsExactly(
            "demo.Widget: the real type also implements `java.lang.Runnable`, the stub does not");
    assertThat(
            check("omitted-interface", Omissions.read(resource("omissions-runnable.txt")))
                .differences())
        .isEmpty();
  }

  @Test
  void reportsOmissionsThatNoLongerMatchAnything() throws IOException {
    assertThat(
            check("omitted-interface", Omissions.read(resource("omissions-stale.txt")))
                .differences())
        .containsExactly(
            "omissions line 2 (demo.Base abstract-method gone) matches nothing: remove it");
  }

  @Test
  void rejectsAnOmissionWithoutAReason() {
    assertThatThrownBy(() -> Omissions.read(resource("omissions-without-reason.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("omissions-without-reason.txt:1")
        .hasMessageContaining("needs a reason");
  }
}
