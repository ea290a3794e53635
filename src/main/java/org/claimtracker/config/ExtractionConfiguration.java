package org.claimtracker.config;

import java.time.Clock;

import org.claimtracker.extraction.ExtractionPipeline;
import org.claimtracker.extraction.StatementExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place that builds the extraction pipeline for the application. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    StatementExtractor statementExtractor() {
        return ExtractionPipeline.standard();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
