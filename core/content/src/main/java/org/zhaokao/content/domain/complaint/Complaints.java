package org.zhaokao.content.domain.complaint;

import java.util.List;
import java.util.Optional;

/** Repository of complaints and their notes. */
public interface Complaints {

  Complaint add(Complaint complaint);

  Optional<Complaint> find(long id);

  Optional<Complaint> findByTicket(String ticket);

  /** The newest complaints first, at most {@code limit}. */
  List<Complaint> newest(int limit);

  void addNote(ComplaintNote note);

  /** A complaint's notes, oldest first. */
  List<ComplaintNote> notes(long complaintId);
}
