package org.zhaokao.notification.application.inbox;

import java.util.List;

/**
 * A page of an account's inbox.
 *
 * @param unread how many messages the account has not read (the badge)
 * @param messages the page, newest first
 */
public record InboxPage(long unread, List<InboxMessage> messages) {}
