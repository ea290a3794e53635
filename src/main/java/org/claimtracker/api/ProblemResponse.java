package org.claimtracker.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of the RFC 9457 problem details {@link ApiProblemHandler} answers with, for the OpenAPI description
 * only: at run time the body is Spring's {@link org.springframework.http.ProblemDetail}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
record ProblemResponse(
        @Schema(description = "Absent: about:blank, the status code says it all") String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Invalid parameter") String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "400") int status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "unknown topic 'PEACE'") String detail,
        @Schema(example = "/api/statements") String instance,
        @Schema(description = "The request parameter or path variable at fault, when there is one",
                nullable = true, example = "topic") String parameter) {
}
