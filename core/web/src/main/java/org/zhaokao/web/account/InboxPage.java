package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.zhaokao.notification.application.inbox.Inbox;
import org.zhaokao.notification.application.inbox.InboxMessage;
import org.zhaokao.web.security.Login;

/** One's in-site inbox (站内信): newest first, unread marked, read on a click. */
@Named("inboxPage")
@RequestScoped
public class InboxPage {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @EJB private Inbox inbox;
  @Inject private Login login;

  private org.zhaokao.notification.application.inbox.InboxPage page;
  private String messageId;

  private org.zhaokao.notification.application.inbox.InboxPage page() {
    if (page == null) {
      page = inbox.page(String.valueOf(login.actor().accountId()), false, 0, 50);
    }
    return page;
  }

  public List<InboxMessage> getMessages() {
    return page().messages();
  }

  public long getUnread() {
    return page().unread();
  }

  public String time(InboxMessage m) {
    return TIME.format(m.createdAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")));
  }

  public void markRead() {
    inbox.markRead(String.valueOf(login.actor().accountId()), messageId);
    page = null;
  }

  public String getMessageId() {
    return messageId;
  }

  public void setMessageId(String messageId) {
    this.messageId = messageId;
  }
}
