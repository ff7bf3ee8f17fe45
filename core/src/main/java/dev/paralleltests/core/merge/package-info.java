/**
 * Merging the JUnit XML reports of a sharded run into one report: shards, attempts, flaky tests,
 * and the checks that keep a broken run from looking green.
 */
package dev.paralleltests.core.merge;
