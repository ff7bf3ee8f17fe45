/**
 * What a sharded run did, as one immutable model ({@link dev.paralleltests.core.report.RunSummary})
 * and its renderings: JSON, Markdown for CI job summaries, and a self-contained HTML report.
 */
package dev.paralleltests.core.report;
