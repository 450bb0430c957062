package org.zhaokao.content.application;

/**
 * The permissions of the content module, granted to roles by the identity module's migration {@code
 * V3_5__content_permissions.sql} and {@code V3_11__survey_permissions.sql} and {@code
 * V3_12__statistics_permissions.sql}.
 */
public final class ContentPermissions {

  /** Write pages, submit them, roll back to a version. */
  public static final String EDIT = "content:edit";

  /** Approve or reject a submitted page (never one's own). */
  public static final String PUBLISH = "content:publish";

  /** The site settings: licences, complaint deadline. */
  public static final String SETTINGS = "settings:manage";

  /** See complaints. */
  public static final String COMPLAINT_VIEW = "complaint:view";

  /** Enter, assign and annotate complaints. */
  public static final String COMPLAINT_HANDLE = "complaint:handle";

  /** Answer a complainant. */
  public static final String COMPLAINT_REPLY = "complaint:reply";

  /** Define satisfaction surveys, open them by hand, close them (also per employer/recruitment). */
  public static final String SURVEY_MANAGE = "survey:manage";

  /** A survey's results and their export (also per employer/recruitment). */
  public static final String SURVEY_VIEW = "survey:view";

  /** A recruitment's statistics dashboard (also per employer/recruitment). */
  public static final String STATISTICS_VIEW = "statistics:view";

  private ContentPermissions() {}
}
