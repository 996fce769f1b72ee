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
                        Helhets JSON-API. Logga in med HTTP Basic (samma konton som i webbgränssnittet). \
                        Fel returneras som application/problem+json med title, status, detail och, för \
                        ogiltiga uppgifter, errors: en lista av {field, message}. Varje läsning och \
                        ändring av personuppgifter loggas."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
