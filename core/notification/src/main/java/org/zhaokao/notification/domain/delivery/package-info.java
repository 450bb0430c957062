/**
 * The outbox (发件箱): stored notifications and their deliveries per recipient and channel, the retry
 * policy and the masking of addresses shown to staff.
 */
package org.zhaokao.notification.domain.delivery;
