package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.claimtracker.support.IntegrationTest;
import org.claimtracker.account.Accounts;
import org.claimtracker.account.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Security headers, a strict CSP the templates obey, health for editors, bad parameters, sign-in throttling. */
@IntegrationTest
@Tag("reliability")
@ExtendWith(OutputCaptureExtension.class)
class WebHardeningTests {

    private static final String USER = "throttle-test";
    private static final String PASSWORD = "right-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    void aKnownAccount() {
        jdbc.update("delete from app_user where username = ?", USER);
        accounts.add(USER, UserRole.EDITOR, PASSWORD, "test");
    }

    @AfterEach
    void forgetIt() {
        jdbc.update("delete from app_user where username = ?", USER);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndPrivacyHeaders() throws Exception {
        for (String page : List.of("/", "/statements", "/login", "/api/statements")) {
            mvc.perform(get(page))
                    .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY));
        }
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void noTemplateHasAnInlineScriptEventHandlerOrStyleAttribute() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern style = Pattern.compile("\\s(th:)?style\\s*=|<style", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                assertThat(inlineScript.matcher(html).find()).as("inline script in " + template).isFalse();
                assertThat(handler.matcher(html).find()).as("event handler attribute in " + template).isFalse();
                assertThat(style.matcher(html).find()).as("inline style in " + template).isFalse();
                assertThat(html).as(template.toString()).doesNotContainIgnoringCase("javascript:");
            }
        }
    }

    @Test
    void healthDetailsAreForEditorsOnly() throws Exception {
        String anonymous = mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(anonymous).doesNotContain("components").doesNotContain("diskSpace").doesNotContain("path");

        mvc.perform(get("/actuator/health").with(user("editor").roles(SecurityConfiguration.EDITOR)))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void controlCharactersAndAbsurdPagesAreBadRequests() throws Exception {
        mvc.perform(get("/statements").param("q", "cease\u0000fire")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/statements").param("speaker", "\u0000")).andExpect(status().isBadRequest());
        mvc.perform(get("/statements.csv").param("source", "a\u0000")).andExpect(status().isBadRequest());
        mvc.perform(get("/statements").param("page", "2147483647")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/statements").param("page", "2147483647")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get("/api/statements").param("page", "99999")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void anAccountIsLockedWithBackOffAfterRepeatedFailuresEvenForTheRightPassword(CapturedOutput output)
            throws Exception {
        String address = "192.0.2.10";
        try {
            for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES; i++) {
                signIn(USER, "guess-" + i, address).andExpect(redirectedUrl("/login?error"));
            }
            signIn(USER, PASSWORD, address).andExpect(redirectedUrlPattern("/login?locked=*"))
                    .andExpect(header().string("Retry-After", "2"));
            // Another address does not help: the account itself is locked.
            signIn(USER, PASSWORD, "192.0.2.11").andExpect(redirectedUrlPattern("/login?locked=*"));

            assertThat(output).contains("Failed sign-in for user '" + USER + "' from " + address)
                    .doesNotContain("guess-0").doesNotContain(PASSWORD);
        } finally {
            throttle.succeeded(USER, address);
        }
        signIn(USER, PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAddressIsLockedAfterManyFailuresWhateverTheAccount() throws Exception {
        String address = "192.0.2.20";
        try {
            for (int i = 0; i < LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
                signIn("someone-" + i, "guess", address).andExpect(redirectedUrl("/login?error"));
            }
            signIn(USER, PASSWORD, address).andExpect(redirectedUrlPattern("/login?locked=*"));
            signIn(USER, PASSWORD, "192.0.2.21").andExpect(redirectedUrl("/"));
        } finally {
            throttle.succeeded(USER, address);
        }
    }

    @Test
    void theBackOffDoublesUpToACap() {
        assertThat(LoginThrottle.wait(0)).hasSeconds(2);
        assertThat(LoginThrottle.wait(1)).hasSeconds(4);
        assertThat(LoginThrottle.wait(5)).hasSeconds(64);
        assertThat(LoginThrottle.wait(40)).isEqualTo(LoginThrottle.LONGEST_WAIT);
    }

    private ResultActions signIn(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
