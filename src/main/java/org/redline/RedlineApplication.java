package org.redline;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class RedlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(RedlineApplication.class, args);
    }

    /** One clock for every timestamp the service records, so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
