package org.claimtracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context most database-backed tests share (a real PostgreSQL: embedded, or the server that
 * {@code SPRING_DATASOURCE_URL} names), with MockMvc. Tests call {@link DatabaseCleaner#clean()} first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@Import(DatabaseCleaner.class)
public @interface IntegrationTest {
}
