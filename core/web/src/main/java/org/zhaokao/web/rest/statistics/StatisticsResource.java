package org.zhaokao.web.rest.statistics;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.zhaokao.content.application.StatisticsDashboard;
import org.zhaokao.content.domain.statistics.RecruitmentFigures;
import org.zhaokao.web.security.Login;

/**
 * A recruitment's statistics, the same figures as the console's dashboard ({@code statistics:view}
 * on the recruitment).
 */
@Path("/admin/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  @EJB private StatisticsDashboard dashboard;
  @Inject private Login login;

  @GET
  @Path("recruitments/{id: [0-9]+}")
  public Figures recruitment(@PathParam("id") long id) {
    return Figures.of(dashboard.figures(login.actor(), id));
  }

  /** The figures with the top over- and under-subscribed positions picked out (five each). */
  public record Figures(
      RecruitmentFigures figures,
      java.util.List<RecruitmentFigures.PositionLoad> mostSubscribed,
      java.util.List<RecruitmentFigures.PositionLoad> leastSubscribed) {

    static Figures of(RecruitmentFigures f) {
      return new Figures(f, f.mostSubscribed(5), f.leastSubscribed(5));
    }
  }
}
