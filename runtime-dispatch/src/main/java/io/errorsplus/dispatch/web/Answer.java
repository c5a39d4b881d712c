package io.errorsplus.dispatch.web;

/** What an integration sends for a documented error: status, media type and body object. */
public record Answer(int status, String mediaType, Object body) {}
