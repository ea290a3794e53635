package org.claimtracker.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description served at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Claim Tracker API", version = "1",
        description = "Statements extracted from news articles: who said what, when, about which topic, with which "
                + "stance. Read-only JSON under /api, CSV and JSON Lines exports of any statement filter, and Atom "
                + "feeds per speaker and per topic. Dates are ISO 8601, enums are strings, errors are RFC 9457 "
                + "problem details with a `parameter` property naming the parameter at fault."))
class ApiDocumentation {
}
