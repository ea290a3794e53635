package org.claimtracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries DESIGN.md sets, checked on the compiled main classes. */
@AnalyzeClasses(packages = "org.claimtracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule extractionIsAPlainJavaLibrary = classes()
            .that().resideInAPackage("org.claimtracker.extraction..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.claimtracker.extraction..", "java..",
                    "opennlp..")
            .because("extraction must run without Spring, JPA, Jsoup or the rest of the application");

    @ArchTest
    static final ArchRule featuresDoNotDependOnTheirClients = noClasses()
            .that().resideInAnyPackage("org.claimtracker.article..", "org.claimtracker.actor..",
                    "org.claimtracker.statement..", "org.claimtracker.topic..")
            .should().dependOnClassesThat().resideInAnyPackage("org.claimtracker.web..", "org.claimtracker.api..",
                    "org.claimtracker.ingest..");

    @ArchTest
    static final ArchRule onlyIngestionParsesHtml = noClasses()
            .that().resideOutsideOfPackage("org.claimtracker.ingest..")
            .should().dependOnClassesThat().resideInAPackage("org.jsoup..");

    @ArchTest
    static final ArchRule webAndApiStayApart = noClasses()
            .that().resideInAPackage("org.claimtracker.web..")
            .should().dependOnClassesThat().resideInAPackage("org.claimtracker.api..")
            .allowEmptyShould(true);
}
