package hudson.model;

import hudson.ExtensionPoint;

/** Compile-only stub of jenkins-core's {@code hudson.model.TopLevelItem}. */
public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {}
