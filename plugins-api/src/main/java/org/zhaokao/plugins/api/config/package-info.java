/**
 * Typed configuration a stage plugin declares in code: the core renders it as a form, validates
 * what an administrator enters, and hands the plugin a {@link
 * org.zhaokao.plugins.api.config.StageConfig} of checked values.
 */
package org.zhaokao.plugins.api.config;
