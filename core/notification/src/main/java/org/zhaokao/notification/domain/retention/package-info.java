/**
 * Retention of the delivery log: how long finished deliveries are kept. Unread in-site messages are
 * never purged by age — a candidate who has not yet opened a message must still find it — while
 * read ones go with the rest once the period has passed.
 */
package org.zhaokao.notification.domain.retention;
