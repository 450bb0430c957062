package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.zhaokao.recruitment.application.ConfirmationDocuments;

/**
 * The public page a confirmation document's QR code opens (确认书验真): whether the document is genuine
 * and, for a genuine one, whether its list is still the confirmed one.
 */
@Named
@RequestScoped
public class ConfirmationDocumentVerificationPage {

  @EJB private ConfirmationDocuments documents;

  private String token;
  private ConfirmationDocuments.Verified result;
  private boolean checked;

  /** The page's address for a token, from the REST API's base address ({@code .../api/v1/}). */
  public static String address(URI apiBase, String token) {
    return apiBase.resolve("../../confirmation-document.xhtml").toString()
        + "?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  public ConfirmationDocuments.Verified getResult() {
    if (!checked) {
      checked = true;
      result = documents.verify(token).orElse(null);
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
