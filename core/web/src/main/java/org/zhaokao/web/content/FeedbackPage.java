package org.zhaokao.web.content;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.zhaokao.content.application.FeedbackBox;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;

/**
 * The feedback form (意见反馈) every page's footer links to, carrying the page in {@code ?page=}; after
 * sending, a link leads back there.
 */
@Named
@ViewScoped
public class FeedbackPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FeedbackBox box;
  @Inject private Login login;

  private String page;
  private String text;
  private boolean sent;

  public void send() {
    try {
      box.leave(login.actor(), page, text);
      sent = true;
    } catch (RuntimeException e) {
      Problems.show("feedback", e);
    }
  }

  /** Where to go back to: the page, if it is one of this site's. */
  public String getBack() {
    return page != null && page.startsWith("/") && !page.startsWith("//") ? page : "/zhaokao/";
  }

  public boolean isSent() {
    return sent;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
