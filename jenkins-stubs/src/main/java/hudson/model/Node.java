package hudson.model;

/**
 * Compile-only stub of jenkins-core's {@code hudson.model.Node}: an agent, as tests find and remove
 * it ({@code Jenkins.getNode}, {@code Jenkins.removeNode}).
 */
public abstract class Node extends AbstractModelObject {

  public abstract String getNodeName();
}
