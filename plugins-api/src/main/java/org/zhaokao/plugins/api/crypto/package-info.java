/**
 * Encryption at rest for stage plugins that keep personal data the core does not hold (a medical
 * report, an exam paper): AES-256-GCM bound to where a value is stored ({@link SealedBox}) under a
 * key configured per stage ({@link StageKey}). Plain JDK; no provider to install.
 */
package org.zhaokao.plugins.api.crypto;
