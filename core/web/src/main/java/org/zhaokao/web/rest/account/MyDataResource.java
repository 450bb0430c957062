package org.zhaokao.web.rest.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.identity.application.CandidatePersonalData;
import org.zhaokao.identity.application.CandidatePersonalData.OwnCopy;
import org.zhaokao.notification.application.inbox.Inbox;
import org.zhaokao.notification.application.inbox.InboxMessage;
import org.zhaokao.notification.application.inbox.InboxPage;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.MyApplications;
import org.zhaokao.web.recruitment.CandidatePdfs;
import org.zhaokao.web.security.Login;

/**
 * A copy of one's own personal data (个人信息副本, GB/T 35273 8.6), as a JSON file to keep: the account
 * and registration data in clear, every application with its history, every inbox message. Never
 * cached; the export is audited.
 */
@Path("/me/data")
public class MyDataResource {

  private static final int PAGE = 200;

  @Inject private Login login;
  @EJB private CandidatePersonalData personalData;
  @EJB private MyApplications myApplications;
  @EJB private Inbox inbox;

  /**
   * Everything in one document.
   *
   * @param exportedAt when the copy was made (UTC)
   * @param account the account and, for a candidate, the registered data
   * @param applications a candidate's applications, oldest first as stored
   * @param inbox every in-site message, newest first
   */
  public record MyData(
      OffsetDateTime exportedAt,
      OwnCopy account,
      List<ApplicationView> applications,
      List<InboxMessage> inbox) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response download() {
    return file(collect(), "json");
  }

  /** The same as a PDF, in Chinese, to print or keep. */
  @GET
  @Path("pdf")
  @Produces("application/pdf")
  public Response pdf() {
    MyData data = collect();
    StreamingOutput pdf =
        out ->
            CandidatePdfs.personalData(
                data.account(), data.applications(), data.inbox(), data.exportedAt(), out);
    return file(pdf, "pdf");
  }

  private MyData collect() {
    Actor actor = login.actor();
    OwnCopy account = personalData.ownCopy(actor);
    List<ApplicationView> applications =
        account.candidate() == null ? List.of() : myApplications.list(actor);
    return new MyData(
        OffsetDateTime.now(ZoneOffset.UTC),
        account,
        applications,
        allMessages(String.valueOf(actor.accountId())));
  }

  private static Response file(Object entity, String extension) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(entity)
        .cacheControl(noStore)
        .header(
            "Content-Disposition",
            "attachment; filename=\"zhaokao-my-data-"
                + LocalDate.now(ZoneOffset.UTC)
                + "."
                + extension
                + "\"")
        .build();
  }

  private List<InboxMessage> allMessages(String accountId) {
    List<InboxMessage> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      InboxPage batch = inbox.page(accountId, false, page, PAGE);
      all.addAll(batch.messages());
      if (batch.messages().size() < PAGE) {
        return all;
      }
    }
  }
}
