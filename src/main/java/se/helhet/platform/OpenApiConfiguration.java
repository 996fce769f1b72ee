package se.helhet.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document at /v3/api-docs, browsable at /api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI helhetApi() {
        return new OpenAPI()
                .info(new Info().title("Helhet API").version("v1").description("""
                        Helhet's JSON API. Sign in with HTTP Basic (the same accounts as the web pages) or \
                        an API client's bearer token. Errors are application/problem+json with title, status, \
                        detail and, for invalid input, errors: a list of {field, message}. Texts follow \
                        Accept-Language (Swedish unless English is asked for). Every read and change of \
                        personal data is logged."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
