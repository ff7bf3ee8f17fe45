/**
 * The Jenkins plugin: the {@code parallelTests} Pipeline variable, its helper steps, the build
 * action and the global configuration. Classes named after Jenkins concepts adapt Jenkins objects
 * at the edge; the decisions live in small Jenkins-free classes of this package and in the core.
 */
package io.jenkins.plugins.paralleltests;
