package org.zhaokao.medical.domain.hospital;

import java.util.List;
import java.util.Optional;

/** The hospitals list. */
public interface Hospitals {

  List<Hospital> all();

  Optional<Hospital> byId(long id);

  Optional<Hospital> byName(String name);

  void add(Hospital hospital);
}
