package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.paralleltests.ConfigurationChecks.Check;
import io.jenkins.plugins.paralleltests.ConfigurationChecks.Check.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offline label expression check against Jenkins' grammar (jenkins-2.578 {@code
 * core/src/main/antlr4/hudson/model/labels/LabelExpressionLexer.g4} and {@code
 * LabelExpressionParser.g4}) and the valid and invalid expressions of Jenkins' own {@code
 * test/src/test/java/hudson/model/labels/LabelExpressionTest.java}: the tables in {@code
 * LabelExpressionCheckTest/accepted.txt} and {@code refused.txt} cite the line of each case.
 */
class LabelExpressionCheckTest {

  @Test
  void shouldAcceptEveryExpressionJenkinsParses() throws IOException {
    List<String> accepted = table("accepted.txt");

    assertThat(accepted).hasSizeGreaterThan(40);
    for (String expression : accepted) {
      assertThat(LabelExpressionCheck.problem(expression, 0)).as(expression).isEmpty();
    }
  }

  @Test
  void shouldRefuseEveryExpressionJenkinsRefuses() throws IOException {
    List<String> refused = table("refused.txt");

    assertThat(refused).hasSizeGreaterThan(40);
    for (String expression : refused) {
      assertThat(LabelExpressionCheck.problem(expression, 0)).as(expression).isPresent();
    }
  }

  @Test
  void shouldRefuseAnEmptyExpressionAsJenkinsParserDoes() {
    assertThat(LabelExpressionCheck.problem("", 0))
        .contains(
            "at character 1: expected a label, a quoted label, '!' or '(', found the end"
                + " of the expression");
  }

  @Test
  void shouldNameAMissingOperandAndItsPosition() {
    assertThat(LabelExpressionCheck.problem("a &&", 0))
        .contains(
            "at character 5: expected a label, a quoted label, '!' or '(', found the end"
                + " of the expression");
  }

  @Test
  void shouldNameTwoLabelsWithoutAnOperatorAndSuggestQuotes() {
    assertThat(LabelExpressionCheck.problem("abc def", 0))
        .contains(
            "at character 5: the label def follows a label or a group without an operator (&&,"
                + " ||, ->, <->) between them; a label with spaces is written in double quotes:"
                + " \"abc def\"");
  }

  @Test
  void shouldNameABadEscapeAndTheEscapesThereAre() {
    assertThat(LabelExpressionCheck.problem("\"a\\q\"", 0))
        .contains(
            "at character 3: \\q is no escape in a quoted label; the escapes are \\b \\t"
                + " \\n \\f \\r \\\" \\' and \\\\");
  }

  @Test
  void shouldNameAnUnclosedQuoteWhereItOpens() {
    assertThat(LabelExpressionCheck.problem("a && \"b", 0))
        .contains("at character 6: the quote is not closed");
  }

  @Test
  void shouldNameALineBreakInsideQuotes() {
    assertThat(LabelExpressionCheck.problem("\"a\nb\"", 0))
        .contains(
            "at character 3: a quoted label cannot hold a line break; write \\n or \\r"
                + " (quote opened at character 1)");
  }

  @Test
  void shouldNameALoneAmpersandOrBar() {
    assertThat(LabelExpressionCheck.problem("a ||| b", 0))
        .contains("at character 5: '|' alone is no operator; 'or' is '||'");
    assertThat(LabelExpressionCheck.problem("a & b", 0))
        .contains("at character 3: '&' alone is no operator; 'and' is '&&'");
  }

  @Test
  void shouldExplainThatImpliesDoesNotChain() {
    assertThat(LabelExpressionCheck.problem("a -> b -> c", 0))
        .contains(
            "at character 8: '->' does not chain; use parentheses, as in (a -> b) -> c or"
                + " a -> (b -> c)");
  }

  @Test
  void shouldExplainThatNotDoesNotRepeat() {
    assertThat(LabelExpressionCheck.problem("!!a", 0))
        .contains("at character 2: '!' cannot follow '!'; write !(!a) for a double negation");
  }

  @Test
  void shouldNameAnUnclosedOrUnopenedParenthesis() {
    assertThat(LabelExpressionCheck.problem("a && (b || c", 0))
        .contains("at character 6: '(' is not closed");
    assertThat(LabelExpressionCheck.problem("a) && b", 0))
        .contains("at character 2: ')' has no '(' before it");
  }

  @Test
  void shouldRefuseASingleQuote() {
    assertThat(LabelExpressionCheck.problem("'linux'", 0))
        .contains(
            "at character 1: a single quote is not allowed; quote a label with double" + " quotes");
  }

  @Test
  void shouldCountCharactersAsUsersSeeThem() {
    assertThat(LabelExpressionCheck.problem("🐧 &&", 0))
        .contains(
            "at character 5: expected a label, a quoted label, '!' or '(', found the end"
                + " of the expression");
  }

  @Test
  void shouldCountPositionsFromTheFieldAsTypedAndCheckItTrimmed() {
    assertThat(ConfigurationChecks.label("  a &&"))
        .isEqualTo(
            Check.error(
                "Jenkins cannot parse this label expression at character 7: expected a label, a"
                    + " quoted label, '!' or '(', found the end of the expression"));
    // Saved trimmed (blankToNull): the control character would otherwise be a label of its own.
    assertThat(ConfigurationChecks.label("a && \u0001").kind()).isEqualTo(Kind.ERROR);
  }

  @Test
  void shouldWarnThatTheNodeStepUnquotesAnExpressionQuotedAtBothEnds() {
    // Jenkins.getLabel unquotes first (jenkins-2.578 Jenkins.java:2008), then reads a" && "b laxly.
    assertThat(ConfigurationChecks.label("\"a\" && \"b\""))
        .isEqualTo(
            Check.warning(
                "Jenkins' node step removes the quotes at both ends before it parses the"
                    + " expression, so it would not read this as written; put the whole expression"
                    + " in parentheses to keep it: (\"a\" && \"b\")"));
    assertThat(ConfigurationChecks.label("(\"a\" && \"b\")").kind()).isEqualTo(Kind.OK);
  }

  @Test
  void shouldWarnThatTheNodeStepReadsAQuotedLabelWithOperatorsAsAnExpression() {
    assertThat(ConfigurationChecks.label("\"a&&b\""))
        .isEqualTo(
            Check.warning(
                "Jenkins' node step removes the quotes before it parses, so it would read this as"
                    + " the expression a&&b, not as one label; put the whole expression in"
                    + " parentheses to keep it: (\"a&&b\")"));
    assertThat(ConfigurationChecks.label("(\"a&&b\")").kind()).isEqualTo(Kind.OK);
  }

  @Test
  void shouldNotWarnAboutAQuotedLabelTheNodeStepReadsAsOneLabel() {
    for (String label : List.of("\"abc def\"", "\"linux\"", "\"gpu(2)\"", "\"a\\\"b\"")) {
      assertThat(ConfigurationChecks.label(label)).as(label).isEqualTo(Check.ok(""));
    }
  }

  @Test
  void shouldKeepABlankFieldAsNoLabel() {
    assertThat(ConfigurationChecks.label(" \t"))
        .isEqualTo(Check.ok("Not set: shards run on any agent"));
  }

  /** The expressions of a table: one a line, before " ## ", Java escapes decoded; # comments. */
  private static List<String> table(String name) throws IOException {
    try (InputStream in =
        LabelExpressionCheckTest.class.getResourceAsStream("LabelExpressionCheckTest/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.substring(0, line.indexOf(" ## ")).translateEscapes())
          .toList();
    }
  }
}
