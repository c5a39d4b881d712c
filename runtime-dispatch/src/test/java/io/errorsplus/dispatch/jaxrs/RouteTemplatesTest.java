package io.errorsplus.dispatch.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.junit.jupiter.api.Test;

/** The fallback route template (resources the catalogue does not know) and parameter failures. */
class RouteTemplatesTest {

  @Path("/api/")
  interface Api {
    @GET
    @Path("items/{id: \\d+}/{rest: .*}")
    String item(@PathParam("id") long id, @PathParam("rest") String rest);
  }

  static class ApiResource implements Api {
    @Override
    public String item(long id, String rest) {
      throw new NotFoundException("no item " + id);
    }
  }

  @Path("plain")
  static class Plain {
    @GET
    public String root() {
      return "";
    }
  }

  @Test
  void templatesJoinClassAndMethodPathsWithoutRegexes() throws Exception {
    RouteTemplates routes = new RouteTemplates();
    assertThat(routes.of(ApiResource.class, ApiResource.class.getMethod("item", long.class, String.class)))
        .isEqualTo("/api/items/{id}/{rest}");
    assertThat(routes.of(Plain.class, Plain.class.getMethod("root"))).isEqualTo("/plain");
    assertThat(RouteTemplates.join("", "")).isEqualTo("/");
    assertThat(RouteTemplates.join("/a//", "/{x:[a-z]{2}}/")).isEqualTo("/a/{x}");
    // a regular expression that holds a slash is still one variable (the catalogue's rule)
    assertThat(RouteTemplates.join("/files", "{path: [a-z]+/[a-z]+}")).isEqualTo("/files/{path}");
  }

  @Test
  void aNotFoundExceptionIsAConversionFailureOnlyWhenItCameBeforeTheResourceMethod() throws Exception {
    var handler = Api.class.getMethod("item", long.class, String.class);
    // As the runtimes throw it: the conversion failure as the cause, the method not yet called.
    NotFoundException conversion = new NotFoundException("bad id", new NumberFormatException("x"));
    assertThat(ParameterFailures.isConversionFailure(conversion, handler, ApiResource.class)).isTrue();

    NotFoundException fromTheMethod = null;
    try {
      new ApiResource().item(1, "r");
    } catch (NotFoundException e) {
      fromTheMethod = new NotFoundException("wrapped", new IllegalStateException());
      fromTheMethod.setStackTrace(e.getStackTrace());
    }
    assertThat(ParameterFailures.isConversionFailure(fromTheMethod, handler, ApiResource.class)).isFalse();
    assertThat(ParameterFailures.isConversionFailure(new NotFoundException("no cause"), handler,
        ApiResource.class)).isFalse();
    assertThat(ParameterFailures.isConversionFailure(conversion, null, null)).isFalse();
  }
}
