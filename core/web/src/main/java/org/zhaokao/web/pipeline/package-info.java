/** Screens of the stage pipeline: the candidate's results and the console's chain and results. */
package org.zhaokao.web.pipeline;
