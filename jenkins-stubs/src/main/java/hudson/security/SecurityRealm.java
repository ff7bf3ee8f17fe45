package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/** Compile-only stub of jenkins-core's {@code hudson.security.SecurityRealm}. */
public abstract class SecurityRealm implements Describable<SecurityRealm>, ExtensionPoint {}
