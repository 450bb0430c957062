package org.zhaokao.it.plugins.score;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The score plugin's test-only endpoint at {@code /zhaokao-<id>/api}. */
@ApplicationPath("/api")
public class ScoreApi extends Application {}
