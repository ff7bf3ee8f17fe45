package org.kohsuke.stapler;

/**
 * Compile-only stub of Stapler's {@code StaplerRequest2}: the request a {@code GlobalConfiguration}
 * is configured with, which the plugin only passes on.
 */
public interface StaplerRequest2 {}
