package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.run.RunException;
import dev.paralleltests.core.run.UnitSources;
import dev.paralleltests.core.unit.Granularity;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.Serializable;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;

/**
 * Lists the test units under a workspace, on the agent that holds it, with the command line's
 * {@code --discover} ({@link UnitSources#discover}): file paths, or the class each JVM source
 * declares.
 */
final class DiscoverUnits extends MasterToSlaveFileCallable<DiscoverUnits.Found> {
  private static final long serialVersionUID = 1L;

  private final String glob;
  private final String granularity;

  DiscoverUnits(String glob, Granularity granularity) {
    this.glob = glob;
    this.granularity = granularity.label();
  }

  /**
   * @param units the units found, sorted; empty when {@code problem} says why
   * @param problem why nothing can be split, or ""
   */
  record Found(List<String> units, String problem) implements Serializable {
    private static final long serialVersionUID = 1L;

    Found {
      units = List.copyOf(units);
    }
  }

  @Override
  public Found invoke(File workspace, VirtualChannel channel) {
    try {
      return new Found(
          UnitSources.discover(glob, workspace.toPath(), Granularity.parse(granularity)), "");
    } catch (RunException e) {
      return new Found(List.of(), e.getMessage());
    }
  }
}
