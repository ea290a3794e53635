package org.claimtracker.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reading stays public without a login; changing data needs an editor account (stored in the database: see the
 * account package). The {@code ingest} command runs without a web server, and so without any of this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String EDITOR = "EDITOR";

    @Bean
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/ingest", "/ingest/**").hasRole(EDITOR)
                        .requestMatchers("/review", "/review/**", "/audit", "/audit/**", "/audit.csv").hasRole(EDITOR)
                        // The API is read-only: it answers a write itself, with a 405 problem detail.
                        .requestMatchers("/api/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole(EDITOR))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }
}
