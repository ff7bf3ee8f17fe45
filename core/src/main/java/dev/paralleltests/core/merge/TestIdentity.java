package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.ReportedCase;
import java.util.List;

/**
 * Who a test is: its suites, class and name. Same-named cases in one report are told apart by their
 * order (Mocha and Jest allow equal titles).
 */
record TestIdentity(List<String> suitePath, String className, String name) {
  static TestIdentity of(ReportedCase c) {
    return new TestIdentity(c.suitePath(), c.className(), c.name());
  }
}
