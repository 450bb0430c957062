/**
 * Notifications (通知) a plugin or a core use case asks for: the {@link
 * org.zhaokao.plugins.api.notify.Notifier} and the value types of a request. Available from SPI 1.1
 * through {@link org.zhaokao.plugins.api.CoreServices#notifier()}.
 */
package org.zhaokao.plugins.api.notify;
