package org.zhaokao.recruitment.domain.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The service agreement with an employer (服务协议, SPEC R2) as recorded facts: number, period, fee,
 * payment, confidentiality, data protection and liability terms. The signed document itself is kept
 * outside the platform until document storage exists.
 */
@Embeddable
public class Agreement {

  @Column(name = "agreement_number", nullable = false, length = 60)
  private String number;

  @Column(name = "agreement_starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "agreement_ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "agreement_fee", nullable = false, precision = 14, scale = 2)
  private BigDecimal fee;

  @Column(name = "payment_terms", nullable = false, length = 2000)
  private String paymentTerms;

  @Column(name = "confidentiality_terms", nullable = false, length = 4000)
  private String confidentialityTerms;

  @Column(name = "data_protection_terms", nullable = false, length = 4000)
  private String dataProtectionTerms;

  @Column(name = "liability_terms", nullable = false, length = 4000)
  private String liabilityTerms;

  protected Agreement() {}

  public Agreement(
      String number,
      LocalDate startsOn,
      LocalDate endsOn,
      BigDecimal fee,
      String paymentTerms,
      String confidentialityTerms,
      String dataProtectionTerms,
      String liabilityTerms) {
    this.number = number;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.fee = fee;
    this.paymentTerms = paymentTerms;
    this.confidentialityTerms = confidentialityTerms;
    this.dataProtectionTerms = dataProtectionTerms;
    this.liabilityTerms = liabilityTerms;
  }

  /** Whether the agreement is in force on {@code day}. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  public String number() {
    return number;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public BigDecimal fee() {
    return fee;
  }

  public String paymentTerms() {
    return paymentTerms;
  }

  public String confidentialityTerms() {
    return confidentialityTerms;
  }

  public String dataProtectionTerms() {
    return dataProtectionTerms;
  }

  public String liabilityTerms() {
    return liabilityTerms;
  }
}
