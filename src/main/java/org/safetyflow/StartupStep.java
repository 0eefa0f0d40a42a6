package org.safetyflow;

/**
 * Set-up a node must finish before it answers its first request: users, tenants, grants, filters, the
 * demo data. Steps run in their {@code @Order}, once per start, after the engine has deployed the
 * processes and before the web server opens its port ({@link SetUpBeforeServing}). Each step is idempotent:
 * every node runs them at every start.
 */
public interface StartupStep {

    void run() throws Exception;
}
