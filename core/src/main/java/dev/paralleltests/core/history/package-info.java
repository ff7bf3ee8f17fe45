/** Per-test-case timing history across builds, and duration estimates derived from it. */
package dev.paralleltests.core.history;
