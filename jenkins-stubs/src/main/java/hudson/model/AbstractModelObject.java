package hudson.model;

/** Compile-only stub of jenkins-core's {@code hudson.model.AbstractModelObject}. */
public abstract class AbstractModelObject {}
