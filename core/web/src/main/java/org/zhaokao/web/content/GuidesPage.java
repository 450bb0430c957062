package org.zhaokao.web.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.content.application.PublicContent;
import org.zhaokao.content.application.PublishedPage;
import org.zhaokao.content.domain.page.PageKind;

/**
 * The portal's guides page (操作指南): the published guide of each phase, with the support channels
 * (咨询渠道) beside them.
 */
@Named
@RequestScoped
public class GuidesPage {

  @EJB private PublicContent content;

  private List<PublishedPage> guides;

  public List<PublishedPage> getGuides() {
    if (guides == null) {
      guides = content.guides();
    }
    return guides;
  }

  public List<PublishedPage> getChannels() {
    return content.pages(PageKind.SUPPORT_CHANNEL);
  }

  public List<PublishedPage> getNotices() {
    return content.pages(PageKind.HOME_NOTICE);
  }
}
