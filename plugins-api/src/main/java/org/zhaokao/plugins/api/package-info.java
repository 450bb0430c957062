/**
 * The stage plugin SPI (阶段插件接口).
 *
 * <p>A stage plugin is a WAR deployed next to {@code zhaokao.ear} that adds one assessment stage
 * (written exam, interview, ...). It exposes one {@link org.zhaokao.plugins.api.StagePlugin} and
 * registers it with the core's {@link org.zhaokao.plugins.api.StagePluginRegistry}. Every type that
 * crosses the deployment boundary lives in this package tree and is loaded once, from {@code
 * zhaokao.ear/lib}: a plugin never bundles it.
 *
 * <p>The package holds interfaces and immutable value types only; it depends on nothing but the
 * JDK.
 */
package org.zhaokao.plugins.api;
