package shop.merge;

import io.errorsplus.Errors;

/** Superclass @Errors apply to subclasses' endpoints. */
@Errors(Conflict.class)
public abstract class BaseResource {}
