/**
 * The trail on the platform's datasource, in plain JDBC: the hash covers the exact stored values,
 * so the code that writes and reads them is kept small and explicit. Every class takes the {@link
 * java.sql.Connection} of the caller's transaction, so the container decides what commits together
 * and the tests run the same code on an in-memory H2.
 */
package org.zhaokao.audit.infrastructure;
