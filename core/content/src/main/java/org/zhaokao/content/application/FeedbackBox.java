package org.zhaokao.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.zhaokao.content.domain.feedback.Feedback;
import org.zhaokao.content.domain.feedback.Feedbacks;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.Guard;

/**
 * The feedback box (意见反馈, SPEC Q1): anyone leaves a remark from the page it concerns; staff who
 * read complaints ({@code complaint:view}) read the feedback too. The remark is kept as typed and
 * shown as text.
 */
@Stateless
public class FeedbackBox {

  /** A path on this site: the page the remark was left on. */
  private static final Pattern PAGE = Pattern.compile("/[A-Za-z0-9/._~%=&?+-]{0,299}");

  @Inject private Feedbacks feedbacks;
  @Inject private Guard guard;

  /** Stores a remark; 422 for an empty or oversized text or a page outside the site. */
  public FeedbackView leave(Actor actor, String page, String text) {
    Checks checks = new Checks();
    String where = page == null || page.isBlank() ? "/zhaokao/" : page.strip();
    checks.require(PAGE.matcher(where).matches(), "page", "page", "A page of this site");
    TextInput.text(checks, "text", text, 2000);
    checks.throwIfAny();
    Long account = actor.principal().map(p -> p.accountId()).orElse(null);
    Feedback f =
        feedbacks.add(new Feedback(where, TextInput.plain(text), account, PageEditing.now()));
    guard.record(
        guard.entry(actor, "feedback.left").target("feedback", "" + f.id()).detail("page", where));
    return FeedbackView.of(f);
  }

  /** The newest 500 remarks. */
  public List<FeedbackView> newest(Actor actor) {
    guard.require(actor, ContentPermissions.COMPLAINT_VIEW, "feedback", "");
    return feedbacks.newest(500).stream().map(FeedbackView::of).toList();
  }
}
