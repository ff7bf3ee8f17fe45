package jenkins.scm.api.metadata;

import hudson.model.InvisibleAction;
import java.io.Serializable;

/**
 * Compile-only stub of scm-api's {@code PrimaryInstanceMetadataAction}: Branch API puts it on the
 * job of a multibranch project's primary branch.
 */
public class PrimaryInstanceMetadataAction extends InvisibleAction implements Serializable {}
