package org.zhaokao.medical.domain.plan;

import java.util.Optional;

/** The recruitments' check plans. */
public interface Plans {

  Optional<CheckPlan> plan(long recruitmentId);

  void add(CheckPlan plan);
}
