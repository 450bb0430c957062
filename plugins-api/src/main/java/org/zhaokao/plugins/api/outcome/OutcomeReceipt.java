package org.zhaokao.plugins.api.outcome;

/**
 * What a report of outcomes did.
 *
 * @param stored outcomes stored new or changed
 * @param unchanged outcomes that repeated what was already stored
 * @since SPI 1.3
 */
public record OutcomeReceipt(int stored, int unchanged) {}
