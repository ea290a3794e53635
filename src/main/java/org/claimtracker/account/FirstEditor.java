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
 * with a generated password printed once to the console when none is set (never to the log, which is copied to
 * files and collectors), so that "start it, sign in" still works with no set-up.
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
            announceGenerated(editor.username(), password);
        } else {
            log.info("No accounts yet: created the editor '{}' with the configured password", editor.username());
        }
    }

    /** The generated password straight to the console, once; the log only says where it went. */
    static void announceGenerated(String username, String password) {
        System.out.println(generatedPasswordNotice(username, password));
        System.out.flush();
        log.warn("No accounts yet: created the editor '{}' with a generated password, printed once to the console "
                + "(not to the log); change it with `user passwd {}`", username, username);
    }

    static String generatedPasswordNotice(String username, String password) {
        return "\n=== Claim Tracker: created the editor '" + username + "' with the generated password\n=== "
                + password + "\n=== (shown once, here only; change it with `user passwd " + username + "`)\n";
    }
}
