package io.errorsplus.processor.write;

import io.errorsplus.processor.model.ApiModel;
import io.errorsplus.processor.model.ExampleDoc;
import io.errorsplus.processor.model.MediaContent;
import io.errorsplus.processor.model.ObjectSchema;
import io.errorsplus.processor.model.OperationDoc;
import io.errorsplus.processor.model.ResponseDoc;
import io.errorsplus.processor.model.TypeSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/errors-plus/openapi.json} to the class output (and a copy to
 * {@code errorsplus.output} when set): paths sorted, responses by status, schemas by name.
 */
public final class OpenApiWriter implements ModelWriter {

  /** Where the document lands in the class output, and so in the jar. */
  public static final String RESOURCE = "META-INF/errors-plus/openapi.json";

  @Override
  public void write(ApiModel model, ProcessingEnvironment env) throws IOException {
    Filer filer = env.getFiler();
    String json = OpenApiJson.write(document(model));
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE);
    try (Writer out = resource.openWriter()) {
      out.write(json);
    }
    if (model.options().output().isPresent()) {
      Path copy = Path.of(model.options().output().get()).toAbsolutePath();
      if (copy.getParent() != null) {
        Files.createDirectories(copy.getParent());
      }
      Files.writeString(copy, json, StandardCharsets.UTF_8);
    }
  }

  /** The document as swagger-models objects. */
  static OpenAPI document(ApiModel model) {
    OpenAPI document = new OpenAPI();
    document.setOpenapi(model.options().openApiVersion().documentVersion());
    document.setInfo(new Info().title(model.options().title()).version(model.options().version()));

    Map<String, PathItem> items = new TreeMap<>();
    for (OperationDoc operation : model.operations()) {
      PathItem item = items.computeIfAbsent(operation.path(), p -> new PathItem());
      item.operation(PathItem.HttpMethod.valueOf(operation.verb().toUpperCase(java.util.Locale.ROOT)),
          operation(operation));
    }
    Paths paths = new Paths();
    paths.putAll(items);
    document.setPaths(paths);

    Map<String, Schema> schemas = new LinkedHashMap<>();
    model.schemas().schemas().forEach((name, schema) -> schemas.put(name, objectSchema(schema)));
    document.setComponents(new Components().schemas(schemas));
    return document;
  }

  private static Operation operation(OperationDoc doc) {
    Operation operation = new Operation().operationId(doc.operationId());
    if (!doc.pathParameters().isEmpty()) {
      List<Parameter> parameters = new ArrayList<>();
      for (OperationDoc.PathParameter p : doc.pathParameters()) {
        parameters.add(new Parameter().name(p.name()).in("path").required(true)
            .schema(new Schema<>().type(p.type())));
      }
      operation.setParameters(parameters);
    }
    ApiResponses responses = new ApiResponses();
    for (ResponseDoc response : doc.responses()) {
      responses.addApiResponse(Integer.toString(response.status()), response(response));
    }
    operation.setResponses(responses);
    return operation;
  }

  private static ApiResponse response(ResponseDoc doc) {
    Content content = new Content();
    doc.content().forEach((mediaType, media) -> content.addMediaType(mediaType, mediaType(media)));
    return new ApiResponse().description(doc.description()).content(content);
  }

  private static MediaType mediaType(MediaContent media) {
    MediaType mediaType = new MediaType();
    if (media.schemas().size() == 1) {
      mediaType.setSchema(schema(media.schemas().get(0)));
    } else {
      Schema<Object> oneOf = new Schema<>();
      for (TypeSchema s : media.schemas()) {
        oneOf.addOneOfItem(schema(s));
      }
      mediaType.setSchema(oneOf);
    }
    if (!media.examples().isEmpty()) {
      Map<String, Example> examples = new LinkedHashMap<>();
      for (ExampleDoc e : media.examples()) {
        Example example = new Example().value(e.value());
        if (!e.summary().isEmpty()) {
          example.setSummary(e.summary());
        }
        examples.put(e.name(), example);
      }
      mediaType.setExamples(examples);
    }
    return mediaType;
  }

  private static Schema<?> objectSchema(ObjectSchema schema) {
    Schema<Object> object = new Schema<>();
    object.setType("object");
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (ObjectSchema.Property p : schema.properties()) {
      properties.put(p.name(), schema(p.schema()));
      if (p.required()) {
        required.add(p.name());
      }
    }
    if (!properties.isEmpty()) {
      object.setProperties(properties);
    }
    if (!required.isEmpty()) {
      object.setRequired(required);
    }
    return object;
  }

  private static Schema<?> schema(TypeSchema type) {
    Schema<Object> schema = new Schema<>();
    if (type instanceof TypeSchema.Ref ref) {
      schema.set$ref("#/components/schemas/" + ref.name());
    } else if (type instanceof TypeSchema.Scalar scalar) {
      schema.setType(scalar.type());
      schema.setFormat(scalar.format());
      if (!scalar.enumValues().isEmpty()) {
        schema.setEnum(new ArrayList<>(scalar.enumValues()));
      }
    } else if (type instanceof TypeSchema.ArrayOf array) {
      schema.setType("array");
      schema.setItems(schema(array.items()));
    } else if (type instanceof TypeSchema.MapOf map) {
      schema.setType("object");
      schema.setAdditionalProperties(schema(map.values()));
    }
    return schema;
  }
}
