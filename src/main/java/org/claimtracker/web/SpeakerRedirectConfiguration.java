package org.claimtracker.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies {@link SpeakerRedirects} to the speaker pages and the actor API. */
@Configuration(proxyBeanMethods = false)
class SpeakerRedirectConfiguration implements WebMvcConfigurer {

    private final JdbcTemplate jdbc;

    SpeakerRedirectConfiguration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SpeakerRedirects(jdbc)).addPathPatterns("/speakers/*", "/speakers/*/**",
                "/api/actors/*", "/api/actors/*/**");
    }
}
