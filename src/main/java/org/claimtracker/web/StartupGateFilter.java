package org.claimtracker.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.claimtracker.ingest.StartupIngestionStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While start-up ingestion runs, pages and the API answer 503 "ingesting N of M files" (pages reload themselves every
 * few seconds, without script), rather than lists of a corpus half read. Health checks and static files still answer.
 */
@Component
class StartupGateFilter extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 5;
    private static final List<String> ALWAYS = List.of("/actuator", "/css/", "/js/", "/webjars/", "/favicon");

    private final StartupIngestionStatus status;

    StartupGateFilter(StartupIngestionStatus status) {
        this.status = status;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !status.running() || ALWAYS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String progress = status.total() == 0 ? "Ingesting the articles"
                : "Ingesting " + status.done() + " of " + status.total() + " files";
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + progress + "; try again shortly\"}");
            return;
        }
        response.setContentType("text/html");
        String text = HtmlUtils.htmlEscape(progress);
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d">
                <title>Starting · Claim Tracker</title>
                <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css">
                <link rel="stylesheet" href="/css/app.css"><link rel="icon" type="image/svg+xml" href="/favicon.svg">
                </head><body><main id="main" class="container py-5">
                <h1>Claim Tracker is starting</h1>
                <p class="lead" role="status">%s. This page reloads by itself when they are in.</p>
                </main></body></html>
                """.formatted(RETRY_SECONDS, text));
    }
}
