package org.claimtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.claimtracker.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Accounts stored in PostgreSQL sign in with bcrypt-hashed passwords; the header names who is signed in. */
@IntegrationTest
class AccountSignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstStartCreatedTheConfiguredEditor() {
        assertThat(accounts.exists("editor")).isTrue();
    }

    @Test
    void aStoredUserSignsInWithTheRightPasswordOnlyAndTheHashIsBcrypt() throws Exception {
        accounts.add("carol", UserRole.EDITOR, "a long enough secret", "test");

        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'carol'", String.class))
                .startsWith("{bcrypt}$2");
        mvc.perform(formLogin().user("carol").password("wrong password!")).andExpect(unauthenticated());
        mvc.perform(formLogin().user("carol").password("a long enough secret")).andExpect(authenticated()
                .withUsername("carol").withRoles("EDITOR"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'USER_ADDED' and target = ?",
                Integer.class, "carol")).isEqualTo(1);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        accounts.add("dave", UserRole.ADMIN, "the first password", "test");
        accounts.changePassword("dave", "the second password", "test");

        mvc.perform(formLogin().user("dave").password("the first password")).andExpect(unauthenticated());
        mvc.perform(formLogin().user("dave").password("the second password")).andExpect(authenticated()
                .withUsername("dave").withRoles("ADMIN", "EDITOR"));
    }

    @Test
    void theHeaderNamesTheSignedInUserAndOffersSignOut() throws Exception {
        var signedIn = Jsoup.parse(mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(user("erin").roles("EDITOR")))
                .andReturn().getResponse().getContentAsString());
        assertThat(signedIn.select(".signed-in-as").text()).isEqualTo("Signed in as erin");
        assertThat(signedIn.select("form[action=/logout] input[name=_csrf]")).hasSize(1);
        assertThat(signedIn.select("a[href=/review]")).hasSize(1);

        var anonymous = Jsoup.parse(mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString());
        assertThat(anonymous.select(".signed-in-as")).isEmpty();
        assertThat(anonymous.select("a[href=/review]")).isEmpty();
        assertThat(anonymous.select("a[href=/login]")).hasSize(1);

        mvc.perform(logout()).andExpect(unauthenticated());
    }
}
