package org.zhaokao.recruitment.domain.employer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * An employer (招考单位): the government body, public institution or enterprise the agency recruits
 * for. Holds its profile and contacts (SPEC P7), its service plan (R1) and its agreement (R2).
 * Employer users are identity accounts holding the role {@code employer-user} scoped to it.
 */
@Entity
@Table(name = "core_employer")
public class Employer {

  @Id
  @SequenceGenerator(
      name = "core_employer_seq",
      sequenceName = "core_employer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_employer_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EmployerKind kind;

  @Column(nullable = false, length = 4000)
  private String introduction;

  @Column(nullable = false, length = 300)
  private String address;

  @Column(name = "contact_name", nullable = false, length = 50)
  private String contactName;

  @Column(name = "contact_phone", nullable = false, length = 40)
  private String contactPhone;

  @Column(name = "contact_email", nullable = false, length = 200)
  private String contactEmail;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "core_employer_service", joinColumns = @JoinColumn(name = "employer_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "service", length = 20)
  private Set<ServiceKind> services = EnumSet.noneOf(ServiceKind.class);

  @Embedded private Agreement agreement;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Employer() {}

  public Employer(String code, Profile profile, Agreement agreement, OffsetDateTime at) {
    this.code = code;
    this.createdAt = at;
    update(profile, agreement);
  }

  /**
   * What describes an employer apart from its code and agreement.
   *
   * @param name full name, e.g. 某市人力资源和社会保障局
   * @param kind what kind of body it is
   * @param introduction what it does, shown with its recruitments
   * @param address postal address
   * @param contactName the employer's contact person for the agency
   * @param contactPhone that person's phone
   * @param contactEmail that person's email
   * @param services the service plan
   */
  public record Profile(
      String name,
      EmployerKind kind,
      String introduction,
      String address,
      String contactName,
      String contactPhone,
      String contactEmail,
      Set<ServiceKind> services) {}

  public void update(Profile profile, Agreement agreement) {
    this.name = profile.name();
    this.kind = profile.kind();
    this.introduction = profile.introduction();
    this.address = profile.address();
    this.contactName = profile.contactName();
    this.contactPhone = profile.contactPhone();
    this.contactEmail = profile.contactEmail();
    this.services.clear();
    this.services.addAll(profile.services());
    this.agreement = agreement;
  }

  /** Whether the service plan includes {@code service}. */
  public boolean bought(ServiceKind service) {
    return services.contains(service);
  }

  public Profile profile() {
    return new Profile(
        name,
        kind,
        introduction,
        address,
        contactName,
        contactPhone,
        contactEmail,
        services.isEmpty() ? EnumSet.noneOf(ServiceKind.class) : EnumSet.copyOf(services));
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Agreement agreement() {
    return agreement;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
