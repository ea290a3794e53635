package org.claimtracker.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Redirects a page GET whose query string holds empty parameters ({@code ?q=&stance=&kind=}, what a form submitted
 * without JavaScript sends) to the same address without them, so the address bar and shared links stay clean. htmx
 * requests are left alone: the server already pushes the clean URL to the history for them. The JSON API and the
 * actuator are left alone too: clients there get what they asked for.
 */
@Component
class EmptyParameterRedirectFilter extends OncePerRequestFilter {

    private static final List<String> UNTOUCHED = List.of("/api/", "/actuator", "/v3/", "/swagger-ui", "/webjars/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || request.getQueryString() == null
                || request.getHeader("HX-Request") != null || UNTOUCHED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MultiValueMap<String, String> parameters = UriComponentsBuilder.newInstance()
                .query(request.getQueryString()).build().getQueryParams();
        boolean hasEmpty = parameters.values().stream().flatMap(List::stream)
                .anyMatch(value -> value == null || value.isBlank() || value.replace("+", "").isBlank());
        if (!hasEmpty) {
            chain.doFilter(request, response);
            return;
        }
        UriComponentsBuilder clean = UriComponentsBuilder.fromPath(request.getRequestURI());
        parameters.forEach((name, values) -> values.stream()
                .filter(value -> value != null && !value.replace("+", "").isBlank())
                // the raw query is already encoded: keep each value exactly as sent
                .forEach(value -> clean.queryParam(name, value)));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", clean.build().toUriString());
    }
}
