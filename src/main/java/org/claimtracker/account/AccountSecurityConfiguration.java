package org.claimtracker.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder: bcrypt, behind a prefix so the algorithm can change later. Not tied to the web server: the
 * {@code user} command hashes passwords too.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
