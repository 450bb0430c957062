package org.zhaokao.web.rest.recruitment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.ApplicationAttachments;

/**
 * An application's photo and certificates as its reviewers and the employer's users read them
 * (sub-resource of the review and the confirmation APIs). Each file read is audited.
 */
public class StaffAttachmentsResource {

  private final ApplicationAttachments attachments;
  private final Actor actor;
  private final long applicationId;

  StaffAttachmentsResource(ApplicationAttachments attachments, Actor actor, long applicationId) {
    this.attachments = attachments;
    this.actor = actor;
    this.applicationId = applicationId;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<ApplicationAttachments.AttachmentView> list() {
    return attachments.forStaff(actor, applicationId);
  }

  @GET
  @Path("{attachment: [0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("attachment") long attachment) {
    return AttachmentFiles.download(attachments.staffFile(actor, applicationId, attachment));
  }
}
