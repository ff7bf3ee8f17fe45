package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

/** Compile-only stub of jenkins-core's {@code jenkins.MasterToSlaveFileCallable}. */
public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {}
