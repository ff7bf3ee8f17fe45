package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** Compile-only stub of workflow-api's {@code flow.FlowDefinition}. */
public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition>
    implements ExtensionPoint {}
