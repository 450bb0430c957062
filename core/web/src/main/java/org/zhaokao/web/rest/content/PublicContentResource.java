package org.zhaokao.web.rest.content;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.zhaokao.content.application.PublicContent;
import org.zhaokao.content.application.PublishedPage;
import org.zhaokao.content.application.SiteConfiguration;
import org.zhaokao.content.domain.page.PageKind;
import org.zhaokao.plugins.api.site.Licences;

/**
 * Published site content for anyone: pages of a kind, the guides, the FAQ with search, one page,
 * and the licences the footer shows. Drafts never leave the console.
 */
@Path("/content")
@Produces(MediaType.APPLICATION_JSON)
public class PublicContentResource {

  @EJB private PublicContent content;
  @EJB private SiteConfiguration settings;

  @GET
  @Path("pages")
  public List<PublishedPage> pages(@QueryParam("kind") String kind) {
    try {
      return content.pages(PageKind.valueOf(String.valueOf(kind)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("kind is one of " + List.of(PageKind.values()));
    }
  }

  @GET
  @Path("pages/{id: [0-9]+}")
  public PublishedPage page(@PathParam("id") long id) {
    return content.page(id);
  }

  @GET
  @Path("guides")
  public List<PublishedPage> guides() {
    return content.guides();
  }

  @GET
  @Path("faq")
  public List<PublishedPage> faq(@QueryParam("q") String query) {
    if (query != null && query.length() > 100) {
      throw new BadRequestException("Search for at most 100 characters");
    }
    return content.faq(query);
  }

  @GET
  @Path("licences")
  public Licences licences() {
    return settings.licences();
  }
}
