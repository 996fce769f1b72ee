package se.helhet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import se.helhet.platform.DatabaseCommands;
import se.helhet.platform.VerifyCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HelhetApplication {

    public static void main(String[] args) {
        if (DatabaseCommands.handles(args)) {
            DatabaseCommands.exit(args);
        }
        if (VerifyCommand.handles(args)) {
            VerifyCommand.exit(HelhetApplication.class, args);
        }
        SpringApplication.run(HelhetApplication.class, args);
    }
}
