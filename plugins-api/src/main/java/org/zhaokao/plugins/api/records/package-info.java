/**
 * Read-only access to a recruitment's records (招考档案): its stage chain and every stored outcome,
 * from {@link org.zhaokao.plugins.api.CoreServices#records()} (SPI 1.7). The archiving plugin
 * builds a recruitment's archive from it; any plugin may read, none may write through it.
 */
package org.zhaokao.plugins.api.records;
