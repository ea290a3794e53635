package org.claimtracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Sends a request for a merged-away speaker's page (or its JSON) to the survivor, permanently, so links and
 * citations made before the merge keep working.
 */
class SpeakerRedirects implements HandlerInterceptor {

    private final JdbcTemplate jdbc;

    SpeakerRedirects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(variables instanceof java.util.Map<?, ?> map) || !(map.get("slug") instanceof String slug)) {
            return true;
        }
        var survivor = jdbc.queryForList("""
                select a.slug from actor_redirect r join actor a on a.id = r.actor_id
                 where r.old_slug = ? and not exists (select 1 from actor where slug = ?)""", String.class, slug, slug);
        if (survivor.isEmpty()) {
            return true;
        }
        String uri = request.getRequestURI();
        String moved = uri.replaceFirst("/" + java.util.regex.Pattern.quote(slug) + "(?=/|\\.|$)",
                "/" + survivor.get(0));
        String query = request.getQueryString();
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader("Location", query == null ? moved : moved + "?" + query);
        return false;
    }
}
