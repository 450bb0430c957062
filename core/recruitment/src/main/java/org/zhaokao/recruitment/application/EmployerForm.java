package org.zhaokao.recruitment.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.zhaokao.recruitment.domain.employer.EmployerKind;
import org.zhaokao.recruitment.domain.employer.ServiceKind;

/**
 * An employer as staff enter it (招考单位信息); also how the API shows one ({@code id} set).
 *
 * @param id the employer's id when shown; ignored on input
 * @param code short unique code, e.g. {@code HRSS-2026}
 * @param name full name
 * @param kind GOVERNMENT, INSTITUTION, STATE_ENTERPRISE or ENTERPRISE
 * @param introduction what the employer does
 * @param address postal address
 * @param contactName the employer's contact person
 * @param contactPhone that person's phone
 * @param contactEmail that person's email
 * @param services the service plan (SPEC R1)
 * @param agreement the agreement (SPEC R2)
 */
public record EmployerForm(
    Long id,
    String code,
    String name,
    EmployerKind kind,
    String introduction,
    String address,
    String contactName,
    String contactPhone,
    String contactEmail,
    Set<ServiceKind> services,
    AgreementForm agreement) {

  /**
   * The agreement's facts.
   *
   * @param number agreement number
   * @param startsOn first day in force
   * @param endsOn last day in force
   * @param fee total fee in yuan
   * @param paymentTerms how and when the fee is paid
   * @param confidentialityTerms confidentiality obligations
   * @param dataProtectionTerms personal-data obligations
   * @param liabilityTerms liability for breach
   */
  public record AgreementForm(
      String number,
      LocalDate startsOn,
      LocalDate endsOn,
      BigDecimal fee,
      String paymentTerms,
      String confidentialityTerms,
      String dataProtectionTerms,
      String liabilityTerms) {}
}
