package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.ShardPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code parallelTests} script receives from the planning step: plain maps, lists, strings
 * and numbers, so the Groovy sandbox needs no approval, holding every decision the script acts on
 * (branch names, agent label, image, timeout, each shard's environment and files).
 */
final class ScriptPlan {
  private ScriptPlan() {}

  static Map<String, Object> of(ResolvedSettings settings, ShardPlan plan) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", settings.name());
    map.put("label", settings.label().value());
    map.put("image", settings.image().value());
    map.put("dockerArgs", settings.dockerArgs());
    map.put("timeoutMinutes", settings.timeoutMinutes().value());
    map.put("failFast", settings.failFast().value());
    map.put("testResults", settings.testResults().value());
    map.put("shards", shards(settings.name(), plan));
    return map;
  }

  /** Per shard: index, branch name, environment and files. */
  static List<Object> shards(String runName, ShardPlan plan) {
    int count = plan.shards().size();
    List<Object> shards = new ArrayList<>();
    for (int index = 1; index <= count; index++) {
      Map<String, Object> shard = new LinkedHashMap<>();
      shard.put("index", index);
      shard.put("branch", BranchNames.of(runName, index, count));
      shard.put("env", new ArrayList<>(ShardFiles.environment(plan, runName, index)));
      List<Object> files = new ArrayList<>();
      for (ShardFile file : ShardFiles.files(plan, runName, index)) {
        files.add(file.toMap());
      }
      shard.put("files", files);
      shards.add(shard);
    }
    return shards;
  }
}
