package hudson.security;

/**
 * Compile-only stub of jenkins-core's {@code hudson.security.AbstractPasswordBasedSecurityRealm}.
 */
public abstract class AbstractPasswordBasedSecurityRealm extends SecurityRealm {}
