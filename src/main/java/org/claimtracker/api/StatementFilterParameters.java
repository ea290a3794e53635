package org.claimtracker.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Documents the statement filter parameters once for the list, the exports and anything else that binds
 * {@link org.claimtracker.statement.StatementQuery}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameters({
        @Parameter(name = "speaker", in = ParameterIn.QUERY, description = "Actor slug; repeat for several speakers",
                array = @ArraySchema(schema = @Schema(type = "string", example = "volodymyr-zelenskyy"))),
        @Parameter(name = "affiliates", in = ParameterIn.QUERY,
                description = "true: a speaker that is a body or country also stands for the actors affiliated with "
                        + "it, directly or through another body, on the statement's date (speaker=kremlin: Putin, "
                        + "Peskov, Ushakov)",
                schema = @Schema(type = "boolean", defaultValue = "false")),
        @Parameter(name = "topic", in = ParameterIn.QUERY, description = "Topic code (see /api/topics)",
                schema = @Schema(type = "string", example = "CEASEFIRE")),
        @Parameter(name = "stance", in = ParameterIn.QUERY,
                description = "Stance on `topic` when given, else on any topic",
                schema = @Schema(type = "string", allowableValues = {"SUPPORTS", "OPPOSES", "CONDITIONAL", "NEUTRAL"})),
        @Parameter(name = "kind", in = ParameterIn.QUERY, description = "How the statement is rendered",
                schema = @Schema(type = "string", allowableValues = {"DIRECT", "INDIRECT", "MIXED"})),
        @Parameter(name = "from", in = ParameterIn.QUERY,
                description = "Earliest date (said on, else the article's date), inclusive",
                schema = @Schema(type = "string", format = "date", example = "2025-03-01")),
        @Parameter(name = "to", in = ParameterIn.QUERY, description = "Latest date, inclusive",
                schema = @Schema(type = "string", format = "date", example = "2025-03-31")),
        @Parameter(name = "source", in = ParameterIn.QUERY,
                description = "An article's file name, or an outlet (case-insensitive)",
                schema = @Schema(type = "string")),
        @Parameter(name = "q", in = ParameterIn.QUERY,
                description = "Words to search in web-search syntax: \"a phrase\", -excluded, or",
                schema = @Schema(type = "string", example = "security guarantees")),
        @Parameter(name = "sort", in = ParameterIn.QUERY,
                description = "By date: -date newest first, date oldest first",
                schema = @Schema(type = "string", allowableValues = {"-date", "date"}, defaultValue = "-date")),
        @Parameter(name = "verified", in = ParameterIn.QUERY,
                description = "true: only statements an editor confirmed",
                schema = @Schema(type = "boolean", defaultValue = "false")),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 1 (ignored by exports)",
                schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, 1 to 200 (ignored by exports)",
                schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "20"))
})
@interface StatementFilterParameters {
}
