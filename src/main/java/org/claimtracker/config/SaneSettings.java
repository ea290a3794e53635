package org.claimtracker.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Settings that would hurt the application or its data are refused at start-up: see {@link SettingsValidator}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SettingsValidator.class)
public @interface SaneSettings {

    String message() default "invalid claimtracker settings";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
