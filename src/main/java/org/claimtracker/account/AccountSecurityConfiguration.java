package org.claimtracker.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder (bcrypt, behind a prefix so the algorithm can change later) and the rule that an admin may
 * do whatever an editor may. Not tied to the web server: the {@code user} command hashes passwords too.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role(UserRole.ADMIN.name()).implies(UserRole.EDITOR.name())
                .build();
    }
}
