package se.helhet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import se.helhet.platform.DatabaseCommands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HelhetApplication {

    public static void main(String[] args) {
        if (DatabaseCommands.handles(args)) {
            DatabaseCommands.exit(args);
        }
        SpringApplication.run(HelhetApplication.class, args);
    }
}
