package org.zhaokao.medical.domain.hospital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A hospital that may hold the check (体检医院), with the format of the confirmation code (确认码) it
 * prints on its reports, as a regular expression the whole code must match.
 */
@Entity
@Table(name = "mc_hospital")
public class Hospital {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String phone;

  @Column(name = "code_format", nullable = false)
  private String codeFormat;

  protected Hospital() {}

  public Hospital(String name, String address, String phone, String codeFormat) {
    set(name, address, phone, codeFormat);
  }

  /**
   * @throws IllegalArgumentException naming the field that is missing, too long or malformed
   */
  public void change(String name, String address, String phone, String codeFormat) {
    set(name, address, phone, codeFormat);
  }

  private void set(String name, String address, String phone, String codeFormat) {
    this.name = text("name", name, 200);
    this.address = text("address", address, 300);
    this.phone = text("phone", phone, 40);
    if (!this.phone.matches("[0-9+()\\- ]{5,40}")) {
      throw new IllegalArgumentException("phone holds digits, spaces, +, - and brackets only");
    }
    String format = text("codeFormat", codeFormat, 200);
    try {
      Pattern.compile(format);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("codeFormat is not a regular expression: " + format);
    }
    this.codeFormat = format;
  }

  /** Whether a confirmation code has this hospital's format. */
  public boolean acceptsCode(String code) {
    return code != null && Pattern.compile(codeFormat).matcher(code.strip()).matches();
  }

  static String text(String field, String value, int max) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new IllegalArgumentException(field + " is required, at most " + max + " characters");
    }
    return value.strip();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  public String phone() {
    return phone;
  }

  public String codeFormat() {
    return codeFormat;
  }
}
