package se.helhet.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bundles of {@link UserTexts} are Spring's and Thymeleaf's message source too: one place for every text. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        return UserTexts.source();
    }
}
