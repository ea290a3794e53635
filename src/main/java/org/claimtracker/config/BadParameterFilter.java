package org.claimtracker.config;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to a query parameter holding a NUL or another control character (other than tab and line breaks):
 * no filter value or search contains one, and PostgreSQL refuses NUL in text, which would otherwise end as a 500.
 * Only GET and HEAD requests are looked at, so an upload's body is not parsed here.
 */
class BadParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (hasControlCharacter(parameter.getKey()) || anyHasControlCharacter(parameter.getValue())) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "parameter '"
                            + LoginThrottleFilter.printable(parameter.getKey()) + "' holds a control character");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean anyHasControlCharacter(String[] values) {
        for (String value : values) {
            if (hasControlCharacter(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
