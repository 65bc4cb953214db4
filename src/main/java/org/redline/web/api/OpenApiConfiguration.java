package org.redline.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's own description at /v3/api-docs, browsable at /swagger-ui/index.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI redlineApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Redline API")
                        .version("1")
                        .description("""
                                Tracks a live document: every draft an immutable version, field-level changes to points in an \
                                audit log, the timeline and the diff between any two versions. Every GET is public. Writes need \
                                an editor (HTTP Basic or a bearer token) and If-Match with the document's ETag (or *). Errors are \
                                RFC 9457 problem details whose `where` names the field, line or parameter at fault.""")
                        .license(new License().name("Data: see each version's sources")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
