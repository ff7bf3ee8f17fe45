package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/** Compile-only stub of jenkins-core's {@code hudson.security.AuthorizationStrategy}. */
public abstract class AuthorizationStrategy
    implements Describable<AuthorizationStrategy>, ExtensionPoint {}
