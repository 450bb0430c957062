package org.zhaokao.web.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.content.application.PublicContent;
import org.zhaokao.content.application.PublishedPage;

/** The public FAQ (常见问题) with its search box ({@code ?q=}, so a result can be linked). */
@Named
@RequestScoped
public class FaqPage {

  @EJB private PublicContent content;

  private String q;
  private List<PublishedPage> entries;

  public List<PublishedPage> getEntries() {
    if (entries == null) {
      String query = q == null || q.length() > 100 ? null : q;
      entries = content.faq(query);
    }
    return entries;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
