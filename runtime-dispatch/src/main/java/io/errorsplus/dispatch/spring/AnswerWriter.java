package io.errorsplus.dispatch.spring;

import io.errorsplus.dispatch.web.Answer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Writes an answer with the application's own message converters (Jackson 3 on Spring Boot 4,
 * Jackson 2 on 3.5), so custom bodies come out as the application's other responses do.
 */
final class AnswerWriter {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerWriter.class);

  private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
  private volatile List<HttpMessageConverter<?>> converters;

  AnswerWriter(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
    this.adapter = adapter;
  }

  /** Writes the answer; false when no converter can (then Spring answers as usual). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  boolean write(Answer answer, HttpServletResponse response) {
    Object body = answer.body();
    MediaType type = MediaType.parseMediaType(answer.mediaType());
    for (HttpMessageConverter converter : converters()) {
      if (converter.canWrite(body.getClass(), type)) {
        try {
          ServletServerHttpResponse out = new ServletServerHttpResponse(response);
          out.setStatusCode(HttpStatusCode.valueOf(answer.status()));
          converter.write(body, type, out);
          out.flush();
          return true;
        } catch (java.io.IOException | RuntimeException e) {
          LOG.warn("errors-plus: could not write the documented {} answer ({}); Spring answers "
              + "instead", answer.status(), e.toString());
          return false;
        }
      }
    }
    LOG.warn("errors-plus: no message converter writes {} as {}; add Jackson to the application",
        body.getClass().getName(), type);
    return false;
  }

  private List<HttpMessageConverter<?>> converters() {
    List<HttpMessageConverter<?>> list = converters;
    if (list == null) {
      RequestMappingHandlerAdapter mvc = adapter.getIfUnique();
      list = mvc == null ? List.of() : List.copyOf(mvc.getMessageConverters());
      converters = list;
    }
    return list;
  }
}
