package io.errorsplus.examples.model;

/** A control-room operator's credentials. */
public record SignInRequest(String operator, String password) {}
