/**
 * Field encryption (AES-256-GCM, the key id stored with every value so keys can rotate) and blind
 * indexes (HMAC-SHA256) for uniqueness and look-up of encrypted values. Keys come from a file
 * outside the repository ({@link org.zhaokao.privacy.crypto.KeyFile}).
 */
package org.zhaokao.privacy.crypto;
