package org.zhaokao.recruitment.domain.employer;

import java.util.List;
import java.util.Optional;

/** Repository of employers. */
public interface Employers {

  Optional<Employer> find(long id);

  Optional<Employer> findByCode(String code);

  /** All employers, by name. */
  List<Employer> all();

  /** Adds the employer and assigns its id. */
  Employer add(Employer employer);
}
