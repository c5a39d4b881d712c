package io.errorsplus.examples.app;

import io.errorsplus.examples.spring.MaintenanceController;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring MVC half of the plant manager as a Spring Boot application (embedded Tomcat, in-memory
 * data), with springdoc's Swagger UI. errors-plus needs no code here: its auto-configuration comes
 * with the runtime dependency.
 *
 * <pre>
 * mvn -B -q -pl examples -am -DskipTests package
 * java -cp "$(cat examples/target/classpath.txt):examples/target/classes" io.errorsplus.examples.app.SpringPlantsApplication
 * </pre>
 */
@SpringBootApplication(scanBasePackageClasses = MaintenanceController.class)
public class SpringPlantsApplication {

  public static void main(String[] args) {
    SpringApplication.run(SpringPlantsApplication.class, args);
  }
}
