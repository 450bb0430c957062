package org.zhaokao.physical.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.physical.application.CatalogueUseCases;
import org.zhaokao.physical.application.StageProblem;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.standard.AgeBand;
import org.zhaokao.physical.domain.standard.Direction;
import org.zhaokao.physical.domain.standard.Gender;
import org.zhaokao.physical.domain.standard.StandardLine;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;

/** The item catalogue as staff edit it (项目与达标标准): each item's figures by gender and age band. */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogueUseCases catalogue;

  private List<ItemRow> items = new ArrayList<>();

  @PostConstruct
  void load() {
    try {
      items = catalogue.items(actor()).stream().map(ItemRow::of).toList();
    } catch (StageProblem e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void save(ItemRow row) {
    try {
      catalogue.define(actor(), row.code, row.form());
      FacesContext fc = FacesContext.getCurrentInstance();
      message(
          FacesMessage.SEVERITY_INFO,
          fc.getApplication().getResourceBundle(fc, "pt").getString("msg.saved"));
    } catch (StageProblem | IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public List<ItemRow> getItems() {
    return items;
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private static Actor actor() {
    return RequestActor.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** An item on the screen, its figures editable. */
  public static final class ItemRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String nameZh;
    private final String nameEn;
    private final String unit;
    private final Direction direction;
    private final int defaultAttempts;
    private final List<LineRow> lines;

    private ItemRow(TestItem i) {
      this.code = i.code();
      this.nameZh = i.nameZh();
      this.nameEn = i.nameEn();
      this.unit = i.unit();
      this.direction = i.direction();
      this.defaultAttempts = i.defaultAttempts();
      this.lines = new ArrayList<>(i.standard().lines().stream().map(LineRow::new).toList());
    }

    static ItemRow of(TestItem item) {
      return new ItemRow(item);
    }

    CatalogueUseCases.ItemForm form() {
      return new CatalogueUseCases.ItemForm(
          nameZh,
          nameEn,
          unit,
          direction,
          defaultAttempts,
          lines.stream().map(LineRow::line).toList());
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return nameZh;
    }

    public String getNameEn() {
      return nameEn;
    }

    public String getUnit() {
      return unit;
    }

    public String getDirection() {
      return direction.name();
    }

    public List<LineRow> getLines() {
      return lines;
    }
  }

  /** One line of an item's table: gender and age band fixed here, the figure editable. */
  public static final class LineRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Gender gender;
    private final int minAge;
    private final Integer maxAge;
    private BigDecimal threshold;

    LineRow(StandardLine line) {
      this.gender = line.gender();
      this.minAge = line.band().minAge();
      this.maxAge = line.band().maxAge().orElse(null);
      this.threshold = line.threshold();
    }

    StandardLine line() {
      return new StandardLine(gender, AgeBand.of(minAge, maxAge), threshold);
    }

    public String getGender() {
      return gender.name();
    }

    public String getBand() {
      return minAge + "–" + (maxAge == null ? "" : maxAge);
    }

    public BigDecimal getThreshold() {
      return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
      this.threshold = threshold;
    }
  }
}
