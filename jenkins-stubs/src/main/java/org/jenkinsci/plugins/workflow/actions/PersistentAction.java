package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

/** Compile-only stub of workflow-api's {@code actions.PersistentAction}. */
public interface PersistentAction extends Action {}
