package org.zhaokao.medical.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zhaokao.medical.application.CandidateCheck;
import org.zhaokao.medical.application.CandidateUseCases;
import org.zhaokao.medical.application.StageProblem;

/** The candidate's page (我的体检): the notice, the consent, the upload and the verdict. */
@Named
@ViewScoped
public class MyCheckPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CandidateUseCases candidate;

  /** A check as the candidate sees it. */
  public record Row(
      long recruitmentId,
      String title,
      boolean planned,
      String hospital,
      String address,
      String phone,
      String when,
      String place,
      String notes,
      boolean consented,
      String consentAt,
      String status,
      int uploadsLeft,
      List<String> reports)
      implements Serializable {

    static Row of(CandidateCheck c) {
      var p = c.plan();
      return new Row(
          c.assignment().recruitmentId(),
          c.assignment().recruitmentTitle(),
          p.isPresent(),
          p.map(x -> x.hospital().name()).orElse(""),
          p.map(x -> x.hospital().address()).orElse(""),
          p.map(x -> x.hospital().phone()).orElse(""),
          p.map(x -> x.plan().date() + " " + x.plan().time()).orElse(""),
          p.map(x -> x.plan().place()).orElse(""),
          p.map(x -> x.plan().notes()).orElse(""),
          c.consented(),
          c.record().flatMap(r -> r.consentAt()).map(Object::toString).orElse(""),
          c.record().map(r -> r.status().name()).orElse("AWAITING_REPORT"),
          c.uploadsLeft(),
          c.reports().stream()
              .map(
                  r ->
                      r.fileName()
                          + " · "
                          + r.uploadedAt()
                          + r.verdict().map(v -> " · " + Screens.text("verdict." + v)).orElse(""))
              .toList());
    }
  }

  private List<Row> checks = new ArrayList<>();
  private transient UploadedFile file;

  @PostConstruct
  void load() {
    try {
      checks = candidate.mine(Screens.actor()).stream().map(Row::of).toList();
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    }
  }

  public void consent(long recruitmentId) {
    try {
      candidate.consent(Screens.actor(), recruitmentId, true);
      Screens.info(Screens.text("msg.saved"));
      load();
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    }
  }

  public void upload(long recruitmentId) {
    if (file == null || file.getSize() == 0) {
      Screens.error(Screens.text("msg.noFile"));
      return;
    }
    try {
      candidate.upload(Screens.actor(), recruitmentId, file.getFileName(), file.getContent());
      Screens.info(Screens.text("msg.uploaded"));
      load();
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    } catch (UncheckedIOException e) {
      Screens.error(e.getMessage());
    }
  }

  public List<Row> getChecks() {
    return checks;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
