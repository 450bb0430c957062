/**
 * The stage plugin registry: takes plugins in and out while the server runs, and answers what is
 * installed.
 *
 * <p>{@link org.zhaokao.pipeline.application.registry.StagePluginRegistryBean} is the one entry
 * point, both for plugins ({@link org.zhaokao.plugins.api.StagePluginRegistry}) and for the core's
 * screens and REST API ({@link org.zhaokao.pipeline.application.registry.StageCatalog}).
 */
package org.zhaokao.pipeline.application.registry;
