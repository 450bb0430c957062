package org.zhaokao.web.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.zhaokao.platform.runtime.RunMode;

/**
 * Who may open the staff console and the admin API before staff login exists (the identity issue
 * replaces this filter with Shiro's): in demo mode ({@code -Dzhaokao.demo=true}), requests from
 * this machine's loopback address only; outside demo mode, nobody. Requests that a proxy forwarded
 * are refused too, because a proxy on this machine would make every visitor look local.
 */
@WebFilter(urlPatterns = {"/console/*", "/api/v1/admin/*"})
public class ConsoleAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (allowed(
        RunMode.demo(),
        request.getRemoteAddr(),
        request.getHeader("Forwarded"),
        request.getHeader("X-Forwarded-For"))) {
      chain.doFilter(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /** The rule itself, apart from the servlet plumbing. */
  public static boolean allowed(
      boolean demo, String remoteAddress, String forwarded, String forwardedFor) {
    if (!demo || forwarded != null || forwardedFor != null) {
      return false;
    }
    return isLoopback(remoteAddress);
  }

  private static boolean isLoopback(String address) {
    if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.]+")) {
      return false;
    }
    try {
      // A literal IP never triggers a name lookup.
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
