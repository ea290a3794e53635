package org.claimtracker.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads an upload's parts before anything else looks at the request, so that an upload over the server's limits
 * (too many files, a file or the whole upload too large, a part header too long) gets the 413 page that says what
 * the limits are, rather than a failed sign-in check or an unexplained status.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

    private final String limits;

    /** The limits as the settings state them, such as "1000", "64MB" and "256MB". */
    UploadLimitFilter(String maxFiles, String maxFileSize, String maxUploadSize) {
        this.limits = "One upload takes at most " + maxFiles + " files, each at most " + maxFileSize + ", "
                + maxUploadSize + " in all, with file names of a few hundred characters at most.";
    }

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
            // Written here: an error dispatch would parse the same parts again, and fail again.
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Upload too large · Claim Tracker</title>
                    <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"></head>
                    <body><main class="container py-4"><h1>That upload is too large</h1>
                    <p class="lead">%s Nothing was stored: upload the files in smaller batches.</p>
                    <p><a href="/ingest">Back to the upload form</a></p></main></body></html>
                    """.formatted(HtmlUtils.htmlEscape(limits)));
            return;
        }
        chain.doFilter(request, response);
    }
}
