package io.errorsplus.it.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The test application: the shop (detail style) and the reservations (problem style). */
@SpringBootApplication(scanBasePackages = {"io.errorsplus.it.shop", "io.errorsplus.it.problem"})
public class ShopApplication {}
