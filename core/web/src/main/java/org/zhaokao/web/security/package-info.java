/**
 * Apache Shiro for the core WAR: native sessions in the shared Infinispan cache (one login for
 * every Zhaokao WAR), a realm backed by the identity module, and the filters that guard pages and
 * the REST API.
 */
package org.zhaokao.web.security;
