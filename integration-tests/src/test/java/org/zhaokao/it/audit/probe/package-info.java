/**
 * A test-only WAR deployed next to {@code zhaokao.ear}: it writes audit entries through the
 * plugin-facing {@link org.zhaokao.plugins.api.audit.AuditLog} as a plugin would, measures how fast
 * that is, and tampers with stored rows through the server's datasource (the H2 file is locked by
 * the server, so a test cannot open it) and puts them back. Never part of a product build.
 */
package org.zhaokao.it.audit.probe;
