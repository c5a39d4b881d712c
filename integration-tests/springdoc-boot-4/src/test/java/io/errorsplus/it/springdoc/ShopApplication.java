package io.errorsplus.it.springdoc;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application under test: a small shop API with documented errors. */
@SpringBootApplication
public class ShopApplication {}
