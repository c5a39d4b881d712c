package io.errorsplus.processor.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.errorsplus.processor.model.ApiModel;
import io.errorsplus.processor.model.ExampleDoc;
import io.errorsplus.processor.model.JsonText;
import io.errorsplus.processor.model.MediaContent;
import io.errorsplus.processor.model.ObjectSchema;
import io.errorsplus.processor.model.OperationDoc;
import io.errorsplus.processor.model.ResponseDoc;
import io.errorsplus.processor.model.TypeSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/errors-plus/openapi.json} to the class output (and a copy to
 * {@code errorsplus.output} when set): paths sorted, responses by status, schemas by name,
 * pretty-printed with {@code \n} line ends.
 *
 * <p>The document is streamed with jackson-core: building swagger-models beans and serialising
 * them with jackson-databind cost several times the rest of the processor (class loading and
 * bean introspection on every compilation), and the bean output needed patching anyway.
 */
public final class OpenApiWriter implements ModelWriter {

  /** Where the document lands in the class output, and so in the jar. */
  public static final String RESOURCE = "META-INF/errors-plus/openapi.json";

  @Override
  public void write(ApiModel model, ProcessingEnvironment env) throws IOException {
    String json = document(model);
    FileObject resource = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE);
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

  /** The document text, ending in a newline. */
  static String document(ApiModel model) throws IOException {
    StringWriter out = new StringWriter(4096 + model.operations().size() * 1024);
    Rendered rendered = new Rendered();
    try (JsonGenerator json = JsonText.FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(prettyPrinter());
      json.writeStartObject();
      json.writeStringField("openapi", model.options().openApiVersion().documentVersion());
      json.writeObjectFieldStart("info");
      json.writeStringField("title", model.options().title());
      json.writeStringField("version", model.options().version());
      json.writeEndObject();

      // The tags in use, sorted, so viewers list the groups in a stable order.
      java.util.SortedSet<String> tags = new java.util.TreeSet<>();
      model.operations().forEach(o -> tags.add(o.tag()));
      if (!tags.isEmpty()) {
        json.writeArrayFieldStart("tags");
        for (String tag : tags) {
          json.writeStartObject();
          json.writeStringField("name", tag);
          json.writeEndObject();
        }
        json.writeEndArray();
      }

      Map<String, List<OperationDoc>> paths = new TreeMap<>();
      for (OperationDoc operation : model.operations()) {
        paths.computeIfAbsent(operation.path(), p -> new ArrayList<>()).add(operation);
      }
      json.writeObjectFieldStart("paths");
      for (Map.Entry<String, List<OperationDoc>> path : paths.entrySet()) {
        json.writeObjectFieldStart(path.getKey());
        for (OperationDoc operation : path.getValue()) {
          writeOperation(json, operation, rendered);
        }
        json.writeEndObject();
      }
      json.writeEndObject();

      json.writeObjectFieldStart("components");
      json.writeObjectFieldStart("schemas");
      for (Map.Entry<String, ObjectSchema> schema : model.schemas().schemas().entrySet()) {
        json.writeFieldName(schema.getKey());
        writeObjectSchema(json, schema.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
    return out.append('\n').toString();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  private static void writeOperation(JsonGenerator json, OperationDoc operation,
      Rendered rendered) throws IOException {
    json.writeObjectFieldStart(operation.verb());
    json.writeArrayFieldStart("tags");
    json.writeString(operation.tag());
    json.writeEndArray();
    if (!operation.summary().isEmpty()) {
      json.writeStringField("summary", operation.summary());
    }
    json.writeStringField("operationId", operation.operationId());
    if (!operation.pathParameters().isEmpty()) {
      json.writeArrayFieldStart("parameters");
      for (OperationDoc.PathParameter parameter : operation.pathParameters()) {
        json.writeStartObject();
        json.writeStringField("name", parameter.name());
        json.writeStringField("in", "path");
        json.writeBooleanField("required", true);
        json.writeObjectFieldStart("schema");
        json.writeStringField("type", parameter.type());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeObjectFieldStart("responses");
    for (ResponseDoc response : operation.responses()) {
      json.writeFieldName(Integer.toString(response.status()));
      json.writeRawValue(rendered.response(response, json.getOutputContext().getNestingDepth()));
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResponse(JsonGenerator json, ResponseDoc response, Rendered rendered)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("description", response.description());
    json.writeObjectFieldStart("content");
    for (Map.Entry<String, MediaContent> media : response.content().entrySet()) {
      json.writeObjectFieldStart(media.getKey());
      writeMedia(json, media.getValue(), rendered);
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeMedia(JsonGenerator json, MediaContent media,
      Rendered rendered) throws IOException {
    json.writeFieldName("schema");
    if (media.schemas().size() == 1) {
      writeSchema(json, media.schemas().get(0));
    } else {
      json.writeStartObject();
      // anyOf, not oneOf: error bodies overlap, so a real body matches several branches.
      json.writeArrayFieldStart("anyOf");
      for (TypeSchema schema : media.schemas()) {
        writeSchema(json, schema);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    if (media.examples().isEmpty()) {
      return;
    }
    json.writeObjectFieldStart("examples");
    for (ExampleDoc example : media.examples()) {
      json.writeObjectFieldStart(example.name());
      if (!example.summary().isEmpty()) {
        json.writeStringField("summary", example.summary());
      }
      json.writeFieldName("value");
      json.writeRawValue(rendered.example(example.json(), json.getOutputContext().getNestingDepth()));
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /**
   * Responses and example values already printed in this document, pretty-printed like the rest
   * of it. Operations share most of their responses (the same dto on many endpoints) and every
   * response repeats its examples, so each distinct one is printed once per document instead of
   * once per operation, then copied in with its indentation shifted to where it lands. The
   * pretty printer's only line breaks are its indentation (a string's newline is written as an
   * escape), so shifting the indentation is shifting every line break.
   */
  private static final class Rendered {
    // By identity: operations share the merged response objects themselves (see
    // ResponseMerger.Memo), and a deep hash of every response would cost a good part of printing.
    private final Map<ResponseDoc, String[]> responses = new IdentityHashMap<>();
    private final Map<String, String[]> examples = new HashMap<>();

    String response(ResponseDoc response, int depth) throws IOException {
      String[] byDepth = responses.computeIfAbsent(response, r -> new String[depth + 1]);
      if (byDepth.length <= depth) {
        byDepth = java.util.Arrays.copyOf(byDepth, depth + 1);
        responses.put(response, byDepth);
      }
      if (byDepth[depth] == null) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator generator = JsonText.FACTORY.createGenerator(out)) {
          generator.setPrettyPrinter(prettyPrinter());
          writeResponse(generator, response, this);
        }
        byDepth[depth] = shift(out.toString(), depth);
      }
      return byDepth[depth];
    }

    String example(String exampleJson, int depth) throws IOException {
      String[] byDepth = examples.computeIfAbsent(exampleJson, r -> new String[depth + 1]);
      if (byDepth.length <= depth) {
        byDepth = java.util.Arrays.copyOf(byDepth, depth + 1);
        examples.put(exampleJson, byDepth);
      }
      if (byDepth[depth] == null) {
        StringWriter out = new StringWriter(exampleJson.length() * 2);
        try (JsonGenerator generator = JsonText.FACTORY.createGenerator(out);
            JsonParser parser = JsonText.FACTORY.createParser(exampleJson)) {
          generator.setPrettyPrinter(prettyPrinter());
          parser.nextToken();
          generator.copyCurrentStructure(parser);
        }
        byDepth[depth] = shift(out.toString(), depth);
      }
      return byDepth[depth];
    }

    private static String shift(String printed, int depth) {
      return depth == 0 ? printed : printed.replace("\n", "\n" + "  ".repeat(depth));
    }
  }

  private static void writeObjectSchema(JsonGenerator json, ObjectSchema schema) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "object");
    List<String> required = new ArrayList<>();
    for (ObjectSchema.Property property : schema.properties()) {
      if (property.required()) {
        required.add(property.name());
      }
    }
    if (!required.isEmpty()) {
      json.writeArrayFieldStart("required");
      for (String name : required) {
        json.writeString(name);
      }
      json.writeEndArray();
    }
    if (!schema.properties().isEmpty()) {
      json.writeObjectFieldStart("properties");
      for (ObjectSchema.Property property : schema.properties()) {
        json.writeFieldName(property.name());
        writeSchema(json, property.schema());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeSchema(JsonGenerator json, TypeSchema type) throws IOException {
    json.writeStartObject();
    if (type instanceof TypeSchema.Ref ref) {
      json.writeStringField("$ref", "#/components/schemas/" + ref.name());
    } else if (type instanceof TypeSchema.Scalar scalar) {
      json.writeStringField("type", scalar.type());
      if (scalar.format() != null) {
        json.writeStringField("format", scalar.format());
      }
      if (!scalar.enumValues().isEmpty()) {
        json.writeArrayFieldStart("enum");
        for (String value : scalar.enumValues()) {
          json.writeString(value);
        }
        json.writeEndArray();
      }
    } else if (type instanceof TypeSchema.ArrayOf array) {
      json.writeStringField("type", "array");
      json.writeFieldName("items");
      writeSchema(json, array.items());
    } else if (type instanceof TypeSchema.MapOf map) {
      json.writeStringField("type", "object");
      json.writeFieldName("additionalProperties");
      writeSchema(json, map.values());
    }
    json.writeEndObject();
  }
}
