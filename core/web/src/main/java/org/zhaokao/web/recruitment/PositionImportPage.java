package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.recruitment.application.PositionImport;
import org.zhaokao.recruitment.application.PositionView;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The console's position import (岗位导入) on a recruitment's editor: the editor uploads the filled
 * template and sees either how many positions were added or every wrong cell, by row and column.
 */
@Named
@ViewScoped
public class PositionImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PositionImport imports;
  @Inject private Login login;
  @Inject private RecruitmentsPage recruitment;

  private transient UploadedFile file;

  public void upload() {
    if (file == null || file.getSize() == 0) {
      PageMessages.error(null, "recruitments.import.none");
      return;
    }
    try {
      List<PositionView> added =
          imports.importAll(
              login.actor(), recruitment.getId(), PositionWorkbook.read(file.getContent()));
      recruitment.refresh();
      PageMessages.info("recruitments.imported", added.size());
    } catch (InvalidInputException e) {
      PageMessages.problems(e);
    } catch (RuntimeException e) {
      Problems.show(RecruitmentsPage.FORM, e);
    }
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
