package org.claimtracker.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads an upload's parts before anything else looks at the request, so that an upload over the server's limits
 * (too many files, a file or the whole upload too large, a part header too long) gets the 413 page that says what
 * the limits are, rather than a failed sign-in check or an unexplained status.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | ServletException | IOException e) {
            log.warn("Upload refused: {}", e.getMessage());
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
