/**
 * What a stage reports about each candidate: the value types a plugin hands to the core's pipeline.
 */
package org.zhaokao.plugins.api.outcome;
