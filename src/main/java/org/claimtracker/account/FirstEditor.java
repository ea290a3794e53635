package org.claimtracker.account;

import org.claimtracker.config.ClaimTrackerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The first start of the web site with no accounts creates the configured editor ({@code claimtracker.editor.*}),
 * with a generated password logged once when none is set, so that "start it, sign in" still works with no set-up.
 * Later accounts come from the {@code user} command.
 */
@Component
@ConditionalOnWebApplication
class FirstEditor implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstEditor.class);

    private final Accounts accounts;
    private final ClaimTrackerProperties properties;

    FirstEditor(Accounts accounts, ClaimTrackerProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        ClaimTrackerProperties.Editor editor = properties.editor();
        String password = editor.password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = Accounts.generatedPassword();
        }
        accounts.add(editor.username(), UserRole.EDITOR, password, "system");
        if (generated) {
            log.warn("No accounts yet: created the editor '{}' with the generated password {} (shown once; change it"
                    + " with `user passwd {}`)", editor.username(), password, editor.username());
        } else {
            log.info("No accounts yet: created the editor '{}' with the configured password", editor.username());
        }
    }
}
