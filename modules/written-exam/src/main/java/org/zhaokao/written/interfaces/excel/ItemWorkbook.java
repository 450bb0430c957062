package org.zhaokao.written.interfaces.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhaokao.written.application.ItemView;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemContent;
import org.zhaokao.written.domain.bank.ItemType;

/**
 * Items as an Excel workbook (题库导入导出): one row per item under a header row, the same columns in the
 * template, the import and the export, so an export can be edited and imported again. Every wrong
 * cell is reported by row and column; a workbook with any error imports nothing.
 */
public final class ItemWorkbook {

  /** The column headers, A to O. */
  static final List<String> HEADERS =
      List.of(
          "题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "选项G", "选项H", "答案", "分值", "科目",
          "知识点", "难度");

  private static final int TYPE = 0;
  private static final int STEM = 1;
  private static final int FIRST_OPTION = 2;
  private static final int KEY = 10;
  private static final int POINTS = 11;
  private static final int SUBJECT = 12;
  private static final int KNOWLEDGE = 13;
  private static final int DIFFICULTY = 14;

  private static final Map<String, ItemType> TYPE_NAMES =
      Map.of(
          "单选", ItemType.SINGLE_CHOICE,
          "单选题", ItemType.SINGLE_CHOICE,
          "多选", ItemType.MULTIPLE_CHOICE,
          "多选题", ItemType.MULTIPLE_CHOICE,
          "判断", ItemType.TRUE_FALSE,
          "判断题", ItemType.TRUE_FALSE,
          "填空", ItemType.FILL_BLANK,
          "填空题", ItemType.FILL_BLANK,
          "简答", ItemType.ESSAY,
          "简答题", ItemType.ESSAY);

  private static final Map<String, Difficulty> DIFFICULTY_NAMES =
      Map.of("易", Difficulty.EASY, "中", Difficulty.MEDIUM, "难", Difficulty.HARD);

  private static final Map<ItemType, String> TYPE_LABELS =
      Map.of(
          ItemType.SINGLE_CHOICE, "单选",
          ItemType.MULTIPLE_CHOICE, "多选",
          ItemType.TRUE_FALSE, "判断",
          ItemType.FILL_BLANK, "填空",
          ItemType.ESSAY, "简答");

  private static final Map<Difficulty, String> DIFFICULTY_LABELS =
      Map.of(Difficulty.EASY, "易", Difficulty.MEDIUM, "中", Difficulty.HARD, "难");

  /** At most this many data rows. */
  public static final int MAX_ROWS = 5000;

  private ItemWorkbook() {}

  /** What an upload held: the items, or the errors (one per wrong cell), never both. */
  public record Parsed(List<ItemContent> items, List<String> errors) {}

  public static byte[] template() {
    return write(
        List.of(
            new ItemContent(
                ItemType.SINGLE_CHOICE,
                "我国的首都是？",
                List.of("上海", "北京", "广州", "深圳"),
                "B",
                new BigDecimal("2"),
                "常识",
                "地理",
                Difficulty.EASY),
            new ItemContent(
                ItemType.MULTIPLE_CHOICE,
                "下列属于直辖市的有？",
                List.of("北京", "成都", "天津", "重庆"),
                "ACD",
                new BigDecimal("3"),
                "常识",
                "地理",
                Difficulty.MEDIUM),
            new ItemContent(
                ItemType.TRUE_FALSE,
                "长江是中国最长的河流。",
                List.of(),
                "T",
                BigDecimal.ONE,
                "常识",
                "地理",
                Difficulty.EASY),
            new ItemContent(
                ItemType.FILL_BLANK,
                "中国的首都是____，最长的河流是____。",
                List.of(),
                "北京|Beijing;长江",
                new BigDecimal("2"),
                "常识",
                "地理",
                Difficulty.EASY),
            new ItemContent(
                ItemType.ESSAY,
                "简述公务员考试的基本原则。",
                List.of(),
                "公开、平等、竞争、择优",
                new BigDecimal("10"),
                "申论",
                "",
                Difficulty.HARD)),
        true);
  }

  public static byte[] export(List<ItemView> items) {
    return write(items.stream().map(ItemView::content).toList(), false);
  }

  private static byte[] write(List<ItemContent> items, boolean withRules) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("题目");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        header.createCell(c).setCellValue(HEADERS.get(c));
      }
      int r = 1;
      for (ItemContent item : items) {
        Row row = sheet.createRow(r++);
        row.createCell(TYPE).setCellValue(TYPE_LABELS.get(item.type()));
        row.createCell(STEM).setCellValue(item.stem());
        for (int o = 0; o < item.options().size(); o++) {
          row.createCell(FIRST_OPTION + o).setCellValue(item.options().get(o));
        }
        row.createCell(KEY).setCellValue(item.key());
        row.createCell(POINTS).setCellValue(item.points().doubleValue());
        row.createCell(SUBJECT).setCellValue(item.subject());
        row.createCell(KNOWLEDGE).setCellValue(item.knowledgePoint());
        row.createCell(DIFFICULTY).setCellValue(DIFFICULTY_LABELS.get(item.difficulty()));
      }
      if (withRules) {
        Sheet rules = wb.createSheet("说明");
        String[] lines = {
          "题型：单选、多选、判断、填空、简答。难度：易、中、难。",
          "选择题填写选项A起的各选项（2至8个），答案写选项字母，如 B 或 ACD。",
          "判断题答案写 T（正确）或 F（错误）。",
          "填空题答案：各空以 ; 分隔，同一空的多个可接受答案以 | 分隔，如 北京|Beijing;长江。",
          "简答题答案写评分要点，可留空。分值为正数，最多两位小数。",
          "导入时任何一行有误则全部不导入，并按行、列列出错误。"
        };
        for (int i = 0; i < lines.length; i++) {
          rules.createRow(i).createCell(0).setCellValue(lines[i]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Parsed read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return new Parsed(List.of(), List.of("the upload is empty: send the .xlsx workbook"));
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      return read(wb.getSheetAt(0));
    } catch (IOException | RuntimeException e) {
      return new Parsed(List.of(), List.of("the upload is not an Excel workbook (.xlsx)"));
    }
  }

  private static Parsed read(Sheet sheet) {
    DataFormatter fmt = new DataFormatter(Locale.ROOT);
    List<String> errors = new ArrayList<>();
    Row header = sheet.getRow(0);
    for (int c = 0; c < HEADERS.size(); c++) {
      String h = header == null ? "" : text(fmt, header.getCell(c));
      if (!h.equals(HEADERS.get(c))) {
        errors.add(at(1, c) + "header must be '" + HEADERS.get(c) + "' (use the template)");
      }
    }
    if (!errors.isEmpty()) {
      return new Parsed(List.of(), errors);
    }
    List<ItemContent> items = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || blank(fmt, row)) {
        continue;
      }
      if (items.size() + 1 > MAX_ROWS) {
        errors.add("at most " + MAX_ROWS + " items in one workbook");
        break;
      }
      ItemContent item = row(fmt, row, r + 1, errors);
      if (item != null) {
        items.add(item);
      }
    }
    if (items.isEmpty() && errors.isEmpty()) {
      errors.add("the workbook holds no items under the header row");
    }
    return errors.isEmpty() ? new Parsed(items, List.of()) : new Parsed(List.of(), errors);
  }

  private static ItemContent row(DataFormatter fmt, Row row, int excelRow, List<String> errors) {
    int before = errors.size();
    String typeText = text(fmt, row.getCell(TYPE));
    ItemType type = TYPE_NAMES.get(typeText);
    if (type == null) {
      type = parseEnum(ItemType.class, typeText);
    }
    if (type == null) {
      errors.add(at(excelRow, TYPE) + "type must be 单选, 多选, 判断, 填空 or 简答");
    }
    String diffText = text(fmt, row.getCell(DIFFICULTY));
    Difficulty difficulty = DIFFICULTY_NAMES.get(diffText);
    if (difficulty == null) {
      difficulty = parseEnum(Difficulty.class, diffText);
    }
    if (difficulty == null) {
      errors.add(at(excelRow, DIFFICULTY) + "difficulty must be 易, 中 or 难");
    }
    BigDecimal points = null;
    String pointsText = text(fmt, row.getCell(POINTS));
    try {
      points = new BigDecimal(pointsText).stripTrailingZeros();
      if (points.scale() < 0) {
        points = points.setScale(0);
      }
    } catch (NumberFormatException e) {
      errors.add(at(excelRow, POINTS) + "points must be a number, got '" + pointsText + "'");
    }
    List<String> options = new ArrayList<>();
    for (int c = FIRST_OPTION; c < KEY; c++) {
      String o = text(fmt, row.getCell(c));
      if (!o.isEmpty()) {
        if (options.size() != c - FIRST_OPTION) {
          errors.add(at(excelRow, c) + "options must be filled from 选项A without gaps");
        }
        options.add(o);
      }
    }
    if (errors.size() > before) {
      return null;
    }
    ItemContent item =
        new ItemContent(
            type,
            text(fmt, row.getCell(STEM)),
            options,
            text(fmt, row.getCell(KEY)),
            points,
            text(fmt, row.getCell(SUBJECT)),
            text(fmt, row.getCell(KNOWLEDGE)),
            difficulty);
    for (ItemContent.Violation v : item.violations()) {
      errors.add(at(excelRow, column(v.field())) + v.message());
    }
    return errors.size() > before ? null : item;
  }

  private static int column(String field) {
    return switch (field) {
      case "type" -> TYPE;
      case "stem" -> STEM;
      case "options" -> FIRST_OPTION;
      case "key" -> KEY;
      case "points" -> POINTS;
      case "subject" -> SUBJECT;
      case "knowledgePoint" -> KNOWLEDGE;
      default -> DIFFICULTY;
    };
  }

  /** {@code row 3, column K (答案): }. */
  static String at(int excelRow, int column) {
    return "row "
        + excelRow
        + ", column "
        + (char) ('A' + column)
        + " ("
        + HEADERS.get(column)
        + "): ";
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
    try {
      return text.isEmpty() ? null : Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean blank(DataFormatter fmt, Row row) {
    for (int c = 0; c < HEADERS.size(); c++) {
      if (!text(fmt, row.getCell(c)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String text(DataFormatter fmt, Cell cell) {
    return cell == null ? "" : fmt.formatCellValue(cell).strip();
  }
}
