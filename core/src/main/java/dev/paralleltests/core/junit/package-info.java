/** Streaming, hardened reading of JUnit XML reports as written by the common test runners. */
package dev.paralleltests.core.junit;
