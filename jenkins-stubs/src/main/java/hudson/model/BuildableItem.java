package hudson.model;

/** Compile-only stub of jenkins-core's {@code hudson.model.BuildableItem}. */
public interface BuildableItem extends Item, Queue.Task {}
