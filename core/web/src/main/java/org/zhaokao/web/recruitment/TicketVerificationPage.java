package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.zhaokao.recruitment.application.AdmissionTicketTokens;

/**
 * The public page an admission ticket's QR code opens (准考证验真): whether the ticket is genuine, and
 * for a genuine one the masked name, recruitment, position, number and status.
 */
@Named
@RequestScoped
public class TicketVerificationPage {

  @EJB private AdmissionTicketTokens tokens;

  private String token;
  private AdmissionTicketTokens.Verified result;
  private boolean checked;

  /** The page's address for a token, from the REST API's base address ({@code .../api/v1/}). */
  public static String address(URI apiBase, String token) {
    return apiBase.resolve("../../ticket.xhtml").toString()
        + "?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  public AdmissionTicketTokens.Verified getResult() {
    if (!checked) {
      checked = true;
      result = tokens.verify(token).orElse(null);
    }
    return result;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
