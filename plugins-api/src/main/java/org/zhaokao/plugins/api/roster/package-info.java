/**
 * Who sits a stage (考生名单), as a stage plugin reads it from the core: the recruitments whose chain
 * holds the plugin's stage, and the candidates who entered it. The core owns these facts; a plugin
 * keeps only ids and copies what it prints.
 *
 * @since SPI 1.4
 */
package org.zhaokao.plugins.api.roster;
