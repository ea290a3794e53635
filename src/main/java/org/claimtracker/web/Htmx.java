package org.claimtracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What an htmx request asks for, read from its headers; requests without them get the full page. */
final class Htmx {

    private Htmx() {
    }

    /**
     * The view for this request: the fragment htmx swaps in when it asks for one, else the full page. A history
     * restore after a cache miss asks for the whole page, so it gets one.
     */
    static String view(HttpServletRequest request, HttpServletResponse response, String page, String fragment) {
        // the same URL answers with a page or a fragment; caches must keep them apart
        response.addHeader("Vary", "HX-Request");
        boolean partial = request.getHeader("HX-Request") != null
                && request.getHeader("HX-History-Restore-Request") == null;
        return partial ? fragment : page;
    }

    /** Asks htmx to put {@code url} in the address bar: the canonical form of what the request asked for. */
    static void pushUrl(HttpServletResponse response, String url) {
        response.setHeader("HX-Push-Url", url);
    }

    static String target(HttpServletRequest request) {
        return request.getHeader("HX-Target");
    }
}
