package se.helhet.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every rule about dates (deadlines, ages, future birth dates), replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
