package io.jenkins.plugins.paralleltests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A file a shard's test runner reads, and the environment variable that names it.
 *
 * @param variable the environment variable, {@code PARALLEL_TESTS_INCLUDES} for example
 * @param path relative to the agent's workspace temporary directory ({@code WORKSPACE_TMP})
 * @param text the file's contents; never empty where a runner would read empty as "everything"
 * @param workspaceToken text in {@code text} that the Pipeline script replaces, on the agent, with
 *     the workspace's path as regular expression text (Jest's catch-all pattern); empty for none
 */
record ShardFile(String variable, String path, String text, String workspaceToken) {
  ShardFile {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(workspaceToken, "workspaceToken");
  }

  ShardFile(String variable, String path, String text) {
    this(variable, path, text, "");
  }

  /** The plain map the Pipeline script receives (no script approval needed for maps). */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("variable", variable);
    map.put("path", path);
    map.put("text", text);
    map.put("workspaceToken", workspaceToken);
    return map;
  }
}
