package org.zhaokao.written.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zhaokao.written.application.ItemBank;
import org.zhaokao.written.application.ItemFilter;
import org.zhaokao.written.application.ItemView;
import org.zhaokao.written.application.UseCaseException;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemContent;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.interfaces.excel.ItemWorkbook;

/** Backs the question bank screen: filter, list, edit in a dialog, retire, import from Excel. */
@Named
@ViewScoped
public class ItemsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ItemBank bank;

  private ItemType type;
  private String subject;
  private Difficulty difficulty;
  private String text;
  private List<ItemRow> items;
  private final ItemForm form = new ItemForm();
  private transient Part upload;

  public void search() {
    try {
      items =
          bank
              .list(
                  Faces.actor(),
                  new ItemFilter(
                      Optional.ofNullable(type),
                      blank(subject),
                      Optional.empty(),
                      Optional.ofNullable(difficulty),
                      blank(text)))
              .stream()
              .map(ItemRow::new)
              .toList();
    } catch (UseCaseException e) {
      Faces.error("items.invalid", e);
    }
  }

  public List<ItemRow> getItems() {
    if (items == null) {
      search();
    }
    return items;
  }

  public void newItem() {
    form.clear();
  }

  public void edit(ItemRow item) {
    form.load(bank.get(Faces.actor(), item.getId()));
  }

  public void save() {
    try {
      if (form.getId() == null) {
        bank.create(Faces.actor(), form.content());
      } else {
        bank.update(Faces.actor(), form.getId(), form.content());
      }
      Faces.info("items.saved");
      form.clear();
      search();
    } catch (UseCaseException e) {
      Faces.error("items.invalid", e);
    }
  }

  public void retire(ItemRow item) {
    try {
      bank.retire(Faces.actor(), item.getId());
      Faces.info("items.retired");
      search();
    } catch (UseCaseException e) {
      Faces.error("items.invalid", e);
    }
  }

  public void importWorkbook() {
    if (upload == null) {
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      ItemWorkbook.Parsed parsed = ItemWorkbook.read(in.readAllBytes());
      if (!parsed.errors().isEmpty()) {
        Faces.error("items.importFailed", null, parsed.errors());
        return;
      }
      int n = bank.importAll(Faces.actor(), parsed.items(), "xlsx").size();
      Faces.info("items.imported", n);
      search();
    } catch (UseCaseException e) {
      Faces.error("items.importFailed", e);
    } catch (IOException e) {
      Faces.error("items.importFailed", e.getMessage(), List.of());
    }
  }

  public List<ItemType> getTypes() {
    return Arrays.asList(ItemType.values());
  }

  public List<Difficulty> getDifficulties() {
    return Arrays.asList(Difficulty.values());
  }

  private static Optional<String> blank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  public ItemForm getForm() {
    return form;
  }

  public ItemType getType() {
    return type;
  }

  public void setType(ItemType type) {
    this.type = type;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  /** The item being edited, as the dialog's fields hold it. */
  public static class ItemForm extends ClassifiedRow {
    private static final long serialVersionUID = 1L;
    private Long id;
    private ItemType type = ItemType.SINGLE_CHOICE;
    private String stem;
    private String options;
    private String key;
    private BigDecimal points = BigDecimal.ONE;

    public ItemForm() {
      difficulty = Difficulty.MEDIUM;
    }

    void clear() {
      id = null;
      type = ItemType.SINGLE_CHOICE;
      stem = options = key = subject = knowledgePoint = null;
      points = BigDecimal.ONE;
      difficulty = Difficulty.MEDIUM;
    }

    void load(ItemView v) {
      ItemContent c = v.content();
      id = v.id();
      type = c.type();
      stem = c.stem();
      options = String.join("\n", c.options());
      key = c.key();
      points = c.points();
      subject = c.subject();
      knowledgePoint = c.knowledgePoint();
      difficulty = c.difficulty();
    }

    ItemContent content() {
      List<String> opts =
          options == null || !type.hasOptions()
              ? List.of()
              : options.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
      return new ItemContent(type, stem, opts, key, points, subject, knowledgePoint, difficulty);
    }

    public Long getId() {
      return id;
    }

    public ItemType getType() {
      return type;
    }

    public void setType(ItemType type) {
      this.type = type;
    }

    public String getStem() {
      return stem;
    }

    public void setStem(String stem) {
      this.stem = stem;
    }

    public String getOptions() {
      return options;
    }

    public void setOptions(String options) {
      this.options = options;
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public BigDecimal getPoints() {
      return points;
    }

    public void setPoints(BigDecimal points) {
      this.points = points;
    }
  }
}
