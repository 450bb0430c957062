package org.zhaokao.medical.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.medical.application.HospitalUseCases;
import org.zhaokao.medical.application.PlanUseCases;
import org.zhaokao.medical.application.StageProblem;
import org.zhaokao.medical.domain.plan.CheckPlan;

/** Staff's screen (体检管理): the hospitals list and a recruitment's check schedule. */
@Named
@ViewScoped
public class ChecksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private HospitalUseCases hospitalCases;
  @Inject private PlanUseCases planCases;

  /** A hospital as the screen lists it. */
  public record HospitalRow(long id, String name, String address, String phone, String codeFormat)
      implements Serializable {}

  /** A recruitment holding the check. */
  public record RecruitmentRow(long id, String title, String phase, int entrants)
      implements Serializable {}

  private List<HospitalRow> hospitals = new ArrayList<>();
  private List<RecruitmentRow> recruitments = new ArrayList<>();
  private String name;
  private String address;
  private String phone;
  private String codeFormat;
  private Long recruitmentId;
  private Long hospitalId;
  private LocalDate date;
  private String time;
  private String place;
  private String notes;

  @PostConstruct
  void load() {
    try {
      hospitals =
          hospitalCases.list(Screens.actor()).stream()
              .map(h -> new HospitalRow(h.id(), h.name(), h.address(), h.phone(), h.codeFormat()))
              .toList();
      recruitments =
          planCases.recruitments(Screens.actor()).stream()
              .map(
                  a ->
                      new RecruitmentRow(
                          a.recruitmentId(), a.recruitmentTitle(), a.phase().name(), a.entrants()))
              .toList();
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    }
  }

  public void addHospital() {
    try {
      hospitalCases.add(
          Screens.actor(), new HospitalUseCases.Form(name, address, phone, codeFormat));
      name = address = phone = codeFormat = null;
      Screens.info(Screens.text("msg.saved"));
      load();
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    }
  }

  /** Loads the chosen recruitment's plan into the form. */
  public void choose() {
    if (recruitmentId == null) {
      return;
    }
    try {
      planCases
          .plan(Screens.actor(), recruitmentId)
          .ifPresent(
              p -> {
                hospitalId = p.hospital().id();
                date = p.plan().date();
                time = p.plan().time();
                place = p.plan().place();
                notes = p.plan().notes();
              });
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    }
  }

  public void schedule() {
    if (recruitmentId == null || hospitalId == null) {
      Screens.error(Screens.text("field.choose"));
      return;
    }
    try {
      int told =
          planCases.schedule(
              Screens.actor(),
              recruitmentId,
              new CheckPlan.Terms(hospitalId, date, time, place, notes));
      Screens.info(Screens.text("msg.notified") + " " + told);
    } catch (StageProblem | IllegalArgumentException e) {
      Screens.error(e.getMessage());
    }
  }

  public List<HospitalRow> getHospitals() {
    return hospitals;
  }

  public List<RecruitmentRow> getRecruitments() {
    return recruitments;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getCodeFormat() {
    return codeFormat;
  }

  public void setCodeFormat(String codeFormat) {
    this.codeFormat = codeFormat;
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public Long getHospitalId() {
    return hospitalId;
  }

  public void setHospitalId(Long hospitalId) {
    this.hospitalId = hospitalId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
