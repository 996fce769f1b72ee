package se.helhet.platform.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.helhet.platform.InvalidInputException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL's text cannot hold the character NUL and answers it with an error, so a NUL anywhere in a
 * request's text would be a server error: it is refused as it comes in, naming the field, in a JSON body
 * and in a query or form parameter of a page or an operation alike.
 */
@Configuration(proxyBeanMethods = false)
class NoNulCharacters implements WebMvcConfigurer, HandlerInterceptor {

    private static final String MESSAGE = "problem.text.nul";

    @Bean
    JacksonModule textWithoutNul() {
        return new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // The error page answers for a request already refused, whatever its parameters hold.
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw new InvalidInputException(parameter.getKey(), MESSAGE);
                }
            }
        }
        return true;
    }

    private static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, MESSAGE);
            }
            return text;
        }
    }
}
