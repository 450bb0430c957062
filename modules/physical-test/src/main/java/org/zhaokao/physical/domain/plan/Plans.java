package org.zhaokao.physical.domain.plan;

import java.util.List;
import java.util.Optional;

/** Plans and sessions per recruitment. */
public interface Plans {

  Optional<TestPlan> plan(long recruitmentId);

  void add(TestPlan plan);

  List<TestSession> sessions(long recruitmentId);

  Optional<TestSession> session(long sessionId);

  void add(TestSession session);
}
