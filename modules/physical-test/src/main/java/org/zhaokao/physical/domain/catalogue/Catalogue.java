package org.zhaokao.physical.domain.catalogue;

import java.util.List;
import java.util.Optional;

/** The item catalogue (项目库). */
public interface Catalogue {

  List<TestItem> all();

  Optional<TestItem> byCode(String code);

  Optional<TestItem> byId(long id);

  void add(TestItem item);
}
