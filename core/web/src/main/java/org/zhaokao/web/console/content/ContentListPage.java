package org.zhaokao.web.console.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.content.application.PageEditing;
import org.zhaokao.content.application.PageView;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;

/** The console's list of site content pages (网站内容) with their review state. */
@Named
@RequestScoped
public class ContentListPage {

  @EJB private PageEditing editing;
  @Inject private Login login;

  private List<PageView> pages;

  public List<PageView> getPages() {
    if (pages == null) {
      try {
        pages = editing.list(login.actor());
      } catch (RuntimeException e) {
        pages = List.of();
        Problems.show("pages", e);
      }
    }
    return pages;
  }
}
