package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.claimtracker.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class StartupReadinessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StartupIngestionStatus startup;

    @Test
    void whileStartupIngestionRunsReadinessIsOutOfServiceAndPagesSayHowFarItHasGot() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        startup.begin();
        try {
            startup.progress(3, 10);

            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
            String page = mvc.perform(get("/statements").accept(MediaType.TEXT_HTML))
                    .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                    .andReturn().getResponse().getContentAsString();
            Document doc = Jsoup.parse(page);
            assertThat(doc.select("[role=status]").text()).startsWith("Ingesting 3 of 10 files.");
            assertThat(doc.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("5");
            assertThat(doc.select("script")).isEmpty();
            mvc.perform(get("/api/statements")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.detail").value("Ingesting 3 of 10 files; try again shortly"));
            mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        } finally {
            startup.end();
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/statements").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }
}
