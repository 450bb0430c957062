package org.zhaokao.discipline.domain.catalogue;

import java.util.List;
import java.util.Optional;

/** The catalogue of violation types (违纪违规行为目录), every version kept. */
public interface ViolationTypes {

  /** The current version of every type, by code. */
  List<ViolationType> current();

  Optional<ViolationType> current(String code);

  /** Every version of a type, newest first. */
  List<ViolationType> versions(String code);

  Optional<ViolationType> version(long id);

  void add(ViolationType type);
}
