package org.zhaokao.archiving.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.zhaokao.archiving.application.ArchiveBuilding;
import org.zhaokao.archiving.application.ArchiveDestruction;
import org.zhaokao.archiving.application.ArchiveRecords;
import org.zhaokao.archiving.application.ArchiveView;
import org.zhaokao.archiving.application.VerificationView;
import org.zhaokao.archiving.domain.ArchivingException;
import org.zhaokao.security.web.RequestActor;

/**
 * Archives for archivists: build, list, read, download, verify (the kept package or a copy sent
 * back), list those due for destruction, ask for and approve a destruction, place and release a
 * legal hold.
 */
@Path("/archives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

  @Inject private ArchiveBuilding building;
  @Inject private ArchiveRecords records;
  @Inject private ArchiveDestruction destruction;
  @Context private HttpServletRequest request;

  /** {@code {"recruitmentId": 12, "retentionYears": 10}} (retention optional) → 201. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response build(JsonObject body) {
    JsonObject b = require(body);
    Long recruitment = number(b, "recruitmentId");
    if (recruitment == null) {
      throw ArchivingException.invalid("recruitmentId", "recruitmentId is required");
    }
    Long years = number(b, "retentionYears");
    ArchiveView v =
        building.build(
            RequestActor.of(request), recruitment, years == null ? null : years.intValue());
    return Response.created(URI.create("archives/" + v.id())).entity(v).build();
  }

  @GET
  public List<ArchiveView> list() {
    return records.list(RequestActor.of(request));
  }

  @GET
  @Path("due-for-destruction")
  public List<ArchiveView> due() {
    return records.dueForDestruction(RequestActor.of(request));
  }

  @GET
  @Path("{id: [0-9]+}")
  public ArchiveView get(@PathParam("id") long id) {
    return records.get(RequestActor.of(request), id);
  }

  @GET
  @Path("{id: [0-9]+}/package")
  @Produces("application/zip")
  public Response download(@PathParam("id") long id) {
    ArchiveRecords.Download d = records.download(RequestActor.of(request), id);
    return Response.ok(d.bytes(), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
        .header("X-Package-SHA256", d.sha256())
        .build();
  }

  /** Checks the kept package against its seal. */
  @POST
  @Path("{id: [0-9]+}/verification")
  public VerificationView verifyKept(@PathParam("id") long id) {
    return records.verifyKept(RequestActor.of(request), id);
  }

  /** Checks a copy sent as the body ({@code application/zip}) against the archive's seal. */
  @POST
  @Path("{id: [0-9]+}/verification")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public VerificationView verifyCopy(@PathParam("id") long id, byte[] copy) {
    return records.verifyCopy(RequestActor.of(request), id, copy);
  }

  /** {@code {"reason": "..."}}: the first person asks to destroy an expired archive. */
  @POST
  @Path("{id: [0-9]+}/destruction-request")
  @Consumes(MediaType.APPLICATION_JSON)
  public ArchiveView requestDestruction(@PathParam("id") long id, JsonObject body) {
    JsonValue reason = require(body).get("reason");
    return destruction.request(
        RequestActor.of(request), id, reason instanceof JsonString s ? s.getString() : null);
  }

  /** A second person approves; the package is destroyed. */
  @POST
  @Path("{id: [0-9]+}/destruction-approval")
  public ArchiveView approveDestruction(@PathParam("id") long id) {
    return destruction.approve(RequestActor.of(request), id);
  }

  /** {@code {"reason": "..."}}: a legal hold; the archive is not destroyed while it holds. */
  @POST
  @Path("{id: [0-9]+}/legal-hold")
  @Consumes(MediaType.APPLICATION_JSON)
  public ArchiveView hold(@PathParam("id") long id, JsonObject body) {
    JsonValue reason = require(body).get("reason");
    return destruction.hold(
        RequestActor.of(request), id, reason instanceof JsonString s ? s.getString() : null);
  }

  /** Releases the legal hold. */
  @DELETE
  @Path("{id: [0-9]+}/legal-hold")
  public ArchiveView release(@PathParam("id") long id) {
    return destruction.release(RequestActor.of(request), id);
  }

  private static JsonObject require(JsonObject body) {
    if (body == null) {
      throw ArchivingException.invalid("body", "Send a JSON object");
    }
    return body;
  }

  private static Long number(JsonObject b, String name) {
    JsonValue v = b.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.bigIntegerValue().bitLength() > 31) {
      throw ArchivingException.invalid(name, name + " must be a whole number");
    }
    return n.longValue();
  }
}
