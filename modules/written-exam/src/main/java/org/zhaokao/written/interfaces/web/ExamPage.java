package org.zhaokao.written.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.zhaokao.security.web.Csrf;

/**
 * Backs the candidate's exam page, which is plain JavaScript over the sitting API: the page only
 * needs the session's CSRF token for its saves.
 */
@Named
@RequestScoped
public class ExamPage {

  public String getCsrfToken() {
    Session session = SecurityUtils.getSubject().getSession(false);
    return session == null ? "" : Csrf.tokenOf(session);
  }
}
