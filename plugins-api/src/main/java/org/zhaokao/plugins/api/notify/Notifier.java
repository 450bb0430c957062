package org.zhaokao.plugins.api.notify;

/**
 * Asks the core to tell people about something (通知): the one notification call of the platform, for
 * core use cases and stage plugins alike.
 *
 * <p>What the core promises:
 *
 * <ul>
 *   <li><b>Transactional.</b> The request joins the caller's JTA transaction: it is stored with the
 *       caller's state change and is kept only if that transaction commits. Without a transaction
 *       the call commits on its own. Nothing is sent before the commit.
 *   <li><b>At least once, never twice.</b> After the commit the core delivers asynchronously, with
 *       retries and back-off; a delivery that keeps failing is marked failed for staff to resend. A
 *       request repeated with the same idempotency key adds nothing for a (recipient, channel) it
 *       already holds.
 *   <li><b>Channels.</b> Every recipient with an account gets the message in the in-site inbox
 *       (站内信); an e-mail address adds e-mail, a mobile number adds SMS, each when the event has a
 *       template for that channel.
 * </ul>
 *
 * <p>Available from SPI 1.1. A plugin reaches it through {@link
 * org.zhaokao.plugins.api.CoreServices#notifier()} and must then be built for SPI 1.1 or later.
 */
public interface Notifier {

  /**
   * Stores the request inside the caller's transaction.
   *
   * @return what was queued
   * @throws NotificationRejectedException if the event type is unknown or a template of the event
   *     needs a parameter the request lacks; the caller's transaction is then rolled back, because
   *     a state change must not commit without the notification it promised
   */
  NotificationReceipt notify(NotificationRequest request);
}
