package org.zhaokao.web.console.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.zhaokao.audit.application.AuditVerifier;
import org.zhaokao.audit.domain.ChainBreak;
import org.zhaokao.audit.domain.Verification;

/** The console's chain check (审计链校验): one button, the verifier's report. */
@Named
@RequestScoped
public class VerificationPage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditRow.SHOWN_IN);

  @EJB private AuditVerifier verifier;

  private Verification report;

  public void verify() {
    report = verifier.verify(null);
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    FacesMessage message =
        report
            .brokenAt()
            .map(
                b ->
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        MessageFormat.format(
                            msg.getString("audit.verify.broken"),
                            Long.toString(b.position()),
                            msg.getString("audit.verify.kind." + b.kind().name())),
                        null))
            .orElseGet(
                () ->
                    new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        MessageFormat.format(
                            msg.getString("audit.verify.intact"),
                            Long.toString(report.checkedRows())),
                        null));
    faces.addMessage(null, message);
  }

  public boolean isDone() {
    return report != null;
  }

  public boolean isIntact() {
    return report != null && report.intact();
  }

  public String getKind() {
    return report.brokenAt().map(b -> b.kind().name()).orElse("");
  }

  public String getEventId() {
    return report.brokenAt().map(ChainBreak::eventId).map(String::valueOf).orElse("—");
  }

  public String getDetail() {
    return report.brokenAt().map(ChainBreak::detail).orElse("");
  }

  public long getChecked() {
    return report.checkedRows();
  }

  public long getPending() {
    return report.pendingRows();
  }

  public String getGenesis() {
    return report.state().genesisHash();
  }

  public String getAnchor() {
    return report.state().anchorPosition() + " · " + report.state().anchorHash();
  }

  public String getHead() {
    return report.state().headPosition() + " · " + report.state().headHash();
  }

  public String getVerifiedAt() {
    return TIME.format(report.verifiedAt());
  }
}
