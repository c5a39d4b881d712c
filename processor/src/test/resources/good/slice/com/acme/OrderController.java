package com.acme;

import io.errorsplus.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

  @GetMapping("/{orderId}")
  @Errors(value = ItemNotFound.class, forbidden403 = true)
  public String get(@PathVariable String orderId) {
    return orderId;
  }
}
