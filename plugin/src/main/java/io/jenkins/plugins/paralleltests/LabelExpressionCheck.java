package io.jenkins.plugins.paralleltests;

import java.util.Optional;

/**
 * Decides offline, without Jenkins, whether Jenkins would parse an agent label expression: it
 * accepts exactly the texts that {@code Label.parseExpression} accepts, and names the first problem
 * and its character position otherwise. Written from Jenkins' grammar (jenkins-2.578, {@code
 * core/src/main/antlr4/hudson/model/labels/}); {@code Label.parseExpression} ({@code
 * core/src/main/java/hudson/model/Label.java:621-629}) throws on the first lexer or parser error,
 * as {@code JenkinsANTLRErrorListener.syntaxError} throws ({@code
 * core/src/main/java/jenkins/util/antlr/JenkinsANTLRErrorListener.java:25-37}).
 *
 * <p>Tokens ({@code LabelExpressionLexer.g4}):
 *
 * <ul>
 *   <li>operators {@code &&} (3-5), {@code ||} (7-9), {@code !} (11-13), {@code ->} (15-17), {@code
 *       <->} (19-21) and parentheses (23-29); a lone {@code &}, {@code |}, {@code <} or {@code >}
 *       is no token;
 *   <li>a plain label: one or more characters other than {@code & | ! < > ( ) " '}, space and tab,
 *       and {@code -} only when the next character is not {@code >} (31-46); so line breaks and
 *       other control characters belong to a plain label;
 *   <li>spaces and tabs between tokens are skipped (48-50), nothing else is;
 *   <li>a quoted label: {@code "}, then characters other than {@code \}, {@code "}, CR and LF or
 *       one of the escapes {@code \b \t \n \f \r \" \' \\}, then {@code "} (52-56).
 * </ul>
 *
 * <p>Grammar ({@code LabelExpressionParser.g4}), loosest first: the expression is one {@code term1}
 * and then the end (68-71); {@code <->} joins any number of {@code term2} (73-77); {@code ->} joins
 * at most two {@code term3}, it does not chain (78-84); {@code ||} joins any number of {@code
 * term4} (86-90); {@code &&} any number of {@code term5} (92-96); a {@code term5} is a {@code
 * term6} with at most one {@code !} before it, so {@code !!a} is refused (98-103); a {@code term6}
 * is a parenthesized {@code term1}, a plain label or a quoted label (105-112).
 */
final class LabelExpressionCheck {
  private LabelExpressionCheck() {}

  private enum Type {
    AND("'&&'"),
    OR("'||'"),
    NOT("'!'"),
    IMPLIES("'->'"),
    IFF("'<->'"),
    OPEN("'('"),
    CLOSE("')'"),
    PLAIN("a label"),
    QUOTED("a quoted label"),
    END("the end of the expression");

    private final String shown;

    Type(String shown) {
      this.shown = shown;
    }
  }

  /** A token: its type and the index of its first code point. */
  private record Token(Type type, int start, int end) {}

  /** The first problem found; ends the check. */
  private static final class Problem extends RuntimeException {
    Problem(String message) {
      super(message, null, false, false);
    }
  }

  private static final String ESCAPES = "btnfr\"'\\";
  private static final String NOT_IN_PLAIN = "&|!<>()\"' \t";

  /**
   * The first problem of {@code expression} as Jenkins' parser would meet it, in words with a
   * 1-based character position (counted in characters as a user sees them, from the start of {@code
   * expression} plus {@code before}); empty when Jenkins parses it. An empty or blank text is a
   * problem here: Jenkins' parser needs at least one label.
   */
  static Optional<String> problem(String expression, int before) {
    try {
      new Parser(expression.codePoints().toArray(), before).expression();
      return Optional.empty();
    } catch (Problem p) {
      return Optional.of(p.getMessage());
    }
  }

  /**
   * A warning for an expression the grammar accepts but the {@code node} step would read otherwise:
   * {@code Label.get} ({@code Label.java:606-608}), which the step uses (workflow-durable-task-step
   * {@code ExecutorStepExecution.java:570}), is {@code Jenkins.getLabel}, which first removes a
   * quote at both ends with {@code QuotedStringTokenizer.unquote} ({@code Jenkins.java:2008};
   * {@code cli/src/main/java/hudson/util/QuotedStringTokenizer.java:435-492}) and parses the rest,
   * or takes it as one label when it does not parse ({@code Jenkins.java:2015-2021}). Parentheses
   * around the whole expression keep its meaning. Empty when the step reads {@code expression} as
   * written.
   */
  static Optional<String> nodeStepReading(String expression) {
    int n = expression.length();
    if (n < 2 || expression.charAt(0) != '"' || expression.charAt(n - 1) != '"') {
      return Optional.empty();
    }
    String inParentheses =
        "; put the whole expression in parentheses to keep it: (" + expression + ")";
    int[] cps = expression.codePoints().toArray();
    Parser parser = new Parser(cps, 0);
    Token first = parser.take();
    if (first.end() != cps.length) {
      return Optional.of(
          "Jenkins' node step removes the quotes at both ends before it parses the expression,"
              + " so it would not read this as written"
              + inParentheses);
    }
    String inside = unescape(expression.substring(1, n - 1));
    if (problem(inside, 0).isEmpty() && !isPlainLabel(inside)) {
      return Optional.of(
          "Jenkins' node step removes the quotes before it parses, so it would read this as the"
              + " expression "
              + inside
              + ", not as one label"
              + inParentheses);
    }
    return Optional.empty();
  }

  /** The text of a quoted label's inside, its escapes read (only the lexer's escapes occur). */
  private static String unescape(String inside) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '\\' && i + 1 < inside.length()) {
        char e = inside.charAt(++i);
        out.append(
            switch (e) {
              case 'b' -> '\b';
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'f' -> '\f';
              case 'r' -> '\r';
              default -> e;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code text} is one plain label and nothing else. */
  private static boolean isPlainLabel(String text) {
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] == '-'
          ? i + 1 < cps.length && cps[i + 1] == '>'
          : NOT_IN_PLAIN.indexOf(cps[i]) >= 0) {
        return false;
      }
    }
    return cps.length > 0;
  }

  private static final class Parser {
    private final int[] cps;
    private final int before;
    private int pos;
    private Token next;

    Parser(int[] cps, int before) {
      this.cps = cps;
      this.before = before;
    }

    private String at(int index) {
      return "at character " + (before + index + 1);
    }

    private int cp(int index) {
      return index < cps.length ? cps[index] : -1;
    }

    private String shown(Token t) {
      if (t.type() == Type.PLAIN || t.type() == Type.QUOTED) {
        return "the "
            + t.type().shown.substring(2)
            + " "
            + new String(cps, t.start(), t.end() - t.start());
      }
      return t.type().shown;
    }

    private Token peek() {
      if (next == null) {
        next = lex();
      }
      return next;
    }

    private Token take() {
      Token t = peek();
      next = null;
      return t;
    }

    private Token lex() {
      while (cp(pos) == ' ' || cp(pos) == '\t') {
        pos++;
      }
      int start = pos;
      int c = cp(pos);
      switch (c) {
        case -1:
          return new Token(Type.END, start, start);
        case '&':
          return pair('&', Type.AND, "'&' alone is no operator; 'and' is '&&'");
        case '|':
          return pair('|', Type.OR, "'|' alone is no operator; 'or' is '||'");
        case '!':
          pos++;
          return new Token(Type.NOT, start, pos);
        case '(':
          pos++;
          return new Token(Type.OPEN, start, pos);
        case ')':
          pos++;
          return new Token(Type.CLOSE, start, pos);
        case '<':
          if (cp(pos + 1) == '-' && cp(pos + 2) == '>') {
            pos += 3;
            return new Token(Type.IFF, start, pos);
          }
          throw new Problem(at(start) + ": '<' only starts the operator '<->'");
        case '>':
          throw new Problem(at(start) + ": '>' only ends the operators '->' and '<->'");
        case '\'':
          throw new Problem(
              at(start) + ": a single quote is not allowed; quote a label with double quotes");
        case '"':
          return quoted(start);
        default:
          if (c == '-' && cp(pos + 1) == '>') {
            pos += 2;
            return new Token(Type.IMPLIES, start, pos);
          }
          while (pos < cps.length
              && (cp(pos) == '-' ? cp(pos + 1) != '>' : NOT_IN_PLAIN.indexOf(cp(pos)) < 0)) {
            pos++;
          }
          return new Token(Type.PLAIN, start, pos);
      }
    }

    private Token pair(char c, Type type, String alone) {
      int start = pos;
      if (cp(pos + 1) != c) {
        throw new Problem(at(start) + ": " + alone);
      }
      pos += 2;
      return new Token(type, start, pos);
    }

    private Token quoted(int start) {
      pos++;
      while (true) {
        int c = cp(pos);
        if (c == -1) {
          throw new Problem(at(start) + ": the quote is not closed");
        } else if (c == '"') {
          pos++;
          return new Token(Type.QUOTED, start, pos);
        } else if (c == '\r' || c == '\n') {
          throw new Problem(
              at(pos)
                  + ": a quoted label cannot hold a line break; write \\n or \\r (quote opened "
                  + at(start)
                  + ")");
        } else if (c == '\\') {
          int e = cp(pos + 1);
          if (e == -1) {
            throw new Problem(at(start) + ": the quote is not closed");
          }
          if (ESCAPES.indexOf(e) < 0) {
            throw new Problem(
                at(pos)
                    + ": \\"
                    + Character.toString(e)
                    + " is no escape in a quoted label; the escapes are \\b \\t \\n \\f \\r \\\""
                    + " \\' and \\\\");
          }
          pos += 2;
        } else {
          pos++;
        }
      }
    }

    /** expr: term1 and the end. */
    void expression() {
      iff();
      Token t = peek();
      if (t.type() != Type.END) {
        throw new Problem(unexpectedAfterTerm(t, null));
      }
    }

    private String unexpectedAfterTerm(Token t, Token open) {
      String where = at(t.start()) + ": ";
      return switch (t.type()) {
        case IMPLIES ->
            where + "'->' does not chain; use parentheses, as in (a -> b) -> c or a -> (b -> c)";
        case CLOSE -> where + "')' has no '(' before it";
        case PLAIN, QUOTED, OPEN, NOT ->
            where
                + shown(t)
                + " follows a label or a group without an operator (&&, ||, ->, <->) between"
                + " them"
                + (t.type() == Type.PLAIN
                    ? "; a label with spaces is written in double quotes: \"abc def\""
                    : "");
        default ->
            where
                + "expected "
                + (open == null ? "" : "')' closing the '(' " + at(open.start()) + ", ")
                + "an operator (&&, ||, ->, <->)"
                + (open == null ? " or the end" : "")
                + ", found "
                + shown(t);
      };
    }

    /** term1: term2 ('<->' term2)*. */
    private void iff() {
      implies();
      while (peek().type() == Type.IFF) {
        take();
        implies();
      }
    }

    /** term2: term3 ('->' term3)?. */
    private void implies() {
      or();
      if (peek().type() == Type.IMPLIES) {
        take();
        or();
      }
    }

    /** term3: term4 ('||' term4)*. */
    private void or() {
      and();
      while (peek().type() == Type.OR) {
        take();
        and();
      }
    }

    /** term4: term5 ('&&' term5)*. */
    private void and() {
      not();
      while (peek().type() == Type.AND) {
        take();
        not();
      }
    }

    /** term5: term6 | '!' term6. */
    private void not() {
      if (peek().type() == Type.NOT) {
        take();
        if (peek().type() == Type.NOT) {
          throw new Problem(
              at(peek().start()) + ": '!' cannot follow '!'; write !(!a) for a double negation");
        }
      }
      atom();
    }

    /** term6: '(' term1 ')' | a label | a quoted label. */
    private void atom() {
      Token t = take();
      switch (t.type()) {
        case PLAIN, QUOTED -> {}
        case OPEN -> {
          iff();
          Token close = take();
          if (close.type() != Type.CLOSE) {
            throw new Problem(
                close.type() == Type.END
                    ? at(t.start()) + ": '(' is not closed"
                    : unexpectedAfterTerm(close, t));
          }
        }
        default ->
            throw new Problem(
                at(t.start())
                    + ": expected a label, a quoted label, '!' or '(', found "
                    + shown(t));
      }
    }
  }
}
