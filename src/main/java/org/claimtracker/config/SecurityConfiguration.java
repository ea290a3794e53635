package org.claimtracker.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Reading stays public without a login; changing data needs an editor account (stored in the database: see the
 * account package). The {@code ingest} command runs without a web server, and so without any of this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String EDITOR = "EDITOR";

    /**
     * Scripts and styles only from the site's own files: no inline script, event handler or style attribute runs,
     * so markup injected into a page could do nothing. Images may be data: URIs (Bootstrap's icons are).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    @Bean
    SecurityFilterChain site(HttpSecurity http, LoginThrottle loginThrottle) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/ingest", "/ingest/**").hasRole(EDITOR)
                        .requestMatchers("/review", "/review/**", "/audit", "/audit/**", "/audit.csv").hasRole(EDITOR)
                        // The API is read-only: it answers a write itself, with a 405 problem detail.
                        .requestMatchers("/api/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole(EDITOR))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                // A reader's write is refused outright (401), with nothing changed; a page that needs an editor
                // sends the reader to the sign-in form instead.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(readersSignInButNeverWrite()))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }

    private static AuthenticationEntryPoint readersSignInButNeverWrite() {
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint refuse = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        return (request, response, exception) -> {
            boolean reading = HttpMethod.GET.matches(request.getMethod())
                    || HttpMethod.HEAD.matches(request.getMethod());
            (reading ? signIn : refuse).commence(request, response, exception);
        };
    }

    /** Registered ahead of every other filter, Spring Security's included. */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(Environment environment) {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter(
                environment.getProperty("server.tomcat.max-part-count", "1000"),
                environment.getProperty("spring.servlet.multipart.max-file-size", "1MB"),
                environment.getProperty("spring.servlet.multipart.max-request-size", "10MB")));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BadParameterFilter> badParameterFilter() {
        FilterRegistrationBean<BadParameterFilter> registration = new FilterRegistrationBean<>(new BadParameterFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
