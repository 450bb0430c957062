package org.zhaokao.it.audit.probe;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.Map;

/** Tampers with one stored audit row, and undoes it. */
@Path("/tamper/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class TamperResource {

  @PathParam("id")
  long id;

  /** Rewrites the row's details, as someone hiding what was done would. */
  @POST
  @Path("/details")
  public Map<String, Object> details() throws SQLException {
    Tampering.save(id);
    return changed(
        Tampering.update(
            "UPDATE core_audit_event SET details = '{\"candidate\":\"李*\"}' WHERE id = ?", id));
  }

  /** Overwrites the row's hash column. */
  @POST
  @Path("/hash")
  public Map<String, Object> hash() throws SQLException {
    Tampering.save(id);
    return changed(
        Tampering.update(
            "UPDATE core_audit_event SET hash = '"
                + "0".repeat(64)
                + "' WHERE id = ? AND hash IS NOT NULL",
            id));
  }

  /** Deletes the row. */
  @POST
  @Path("/delete")
  public Map<String, Object> delete() throws SQLException {
    Tampering.save(id);
    return changed(Tampering.update("DELETE FROM core_audit_event WHERE id = ?", id));
  }

  /** Puts the row back exactly as it was. */
  @POST
  @Path("/restore")
  public Map<String, Object> restore() throws SQLException {
    Tampering.restore(id);
    return Map.of("restored", id);
  }

  private static Map<String, Object> changed(int rows) {
    if (rows != 1) {
      throw new IllegalStateException("expected to change one row, changed " + rows);
    }
    return Map.of("changed", rows);
  }
}
