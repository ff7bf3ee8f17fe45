package io.jenkins.plugins.paralleltests;

import java.util.function.Predicate;

/**
 * Where a shard's row on the build page links to see the branch in a Pipeline view. The plugin
 * depends on no view plugin: {@code pipeline-overview/} exists only when Pipeline Graph View
 * (pipeline-graph-view) is installed, so the link is shown only then.
 */
final class PipelineViewLink {
  static final String GRAPH_VIEW_PLUGIN = "pipeline-graph-view";
  static final String GRAPH_VIEW_URL = "pipeline-overview/";

  private PipelineViewLink() {}

  /**
   * @param installed whether a plugin of this short name is loaded
   * @return the link relative to the build's URL, or "" when no view plugin is installed
   */
  static String of(Predicate<String> installed) {
    return installed.test(GRAPH_VIEW_PLUGIN) ? GRAPH_VIEW_URL : "";
  }
}
