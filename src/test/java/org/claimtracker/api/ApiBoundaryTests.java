package org.claimtracker.api;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import jakarta.persistence.Entity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** Entities never reach JSON: controllers return response records, and those records hold no entity. */
class ApiBoundaryTests {

    static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimtracker.api");

    @Test
    void controllersNeverReturnAnEntity() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().notHaveRawReturnType(annotatedWith(Entity.class))
                .check(API);
    }

    @Test
    void responseRecordsHoldNoEntity() {
        fields().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Response")
                .should().notHaveRawType(annotatedWith(Entity.class))
                .check(API);
    }
}
