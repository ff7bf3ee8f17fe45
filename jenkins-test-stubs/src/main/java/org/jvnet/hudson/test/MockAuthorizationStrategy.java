package org.jvnet.hudson.test;

import hudson.model.Item;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;

/** Compile-only stub of jenkins-test-harness's {@code MockAuthorizationStrategy}. */
public class MockAuthorizationStrategy extends AuthorizationStrategy {

  public MockAuthorizationStrategy() {}

  public Grant grant(Permission... permissions) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  /** Compile-only stub of {@code MockAuthorizationStrategy.Grant}. */
  public class Grant {
    Grant() {}

    public GrantOn everywhere() {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public GrantOn onItems(Item... items) {
      throw new UnsupportedOperationException("compile-only stub");
    }

    /** Compile-only stub of {@code MockAuthorizationStrategy.Grant.GrantOn}. */
    public class GrantOn {
      GrantOn() {}

      public MockAuthorizationStrategy to(String... sids) {
        throw new UnsupportedOperationException("compile-only stub");
      }
    }
  }
}
