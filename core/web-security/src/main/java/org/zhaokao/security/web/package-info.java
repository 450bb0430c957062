/**
 * Apache Shiro for every Zhaokao WAR (in {@code zhaokao.ear/lib}): native sessions in the
 * server-wide Infinispan cache under one cookie on path {@code /}, so one login serves the core and
 * every stage WAR; the filters that guard pages and the REST API; and {@link
 * org.zhaokao.security.web.StageShiroEnvironment}, the environment a stage WAR names in its
 * web.xml.
 */
package org.zhaokao.security.web;
