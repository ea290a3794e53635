package org.claimtracker.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests pages as a browser would (asking for HTML) and parses what comes back. */
final class WebTestSupport {

    private WebTestSupport() {
    }

    /** {@code url} is used as written, already encoded, like a link a browser follows. */
    static MockHttpServletRequestBuilder page(String url) {
        return get(URI.create(url)).accept(MediaType.TEXT_HTML);
    }

    static MockHttpServletRequestBuilder htmx(String url, String target) {
        return page(url).header("HX-Request", "true").header("HX-Target", target);
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    static Document html(MockMvc mvc, String url) throws Exception {
        return html(mvc.perform(page(url)).andReturn());
    }
}
