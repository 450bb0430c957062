package org.zhaokao.it.plugins.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the sample plugin's one screen, so a browser test can see a stage WAR render with the
 * shared layout.
 */
@Named
@RequestScoped
public class RoomsPage {

  public List<String> getRooms() {
    return List.of("第一考场", "第二考场");
  }
}
