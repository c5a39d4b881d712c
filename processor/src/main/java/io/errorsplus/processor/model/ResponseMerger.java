package io.errorsplus.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Merges an operation's contributions, in source order, into one response per status (contract
 * 2.5): examples keep source order, a name already present with an equal value is skipped, a
 * different value gets {@code _2}, {@code _3}…; the description is the last explicit one, else the
 * single dto/flag's, else the reason phrase; different schemas under one media type become
 * {@code anyOf}.
 */
public final class ResponseMerger {

  private ResponseMerger() {}

  /** The merged responses, sorted by status. */
  public static List<ResponseDoc> merge(List<ErrorContribution> contributions) {
    Map<Integer, List<ErrorContribution>> byStatus = new TreeMap<>();
    for (ErrorContribution c : contributions) {
      byStatus.computeIfAbsent(c.status(), s -> new ArrayList<>()).add(c);
    }
    List<ResponseDoc> responses = new ArrayList<>(byStatus.size());
    byStatus.forEach((status, list) -> responses.add(mergeOne(status, list)));
    return responses;
  }

  /**
   * Merges like {@link ResponseMerger#merge}, reusing the response of a status whose
   * contributions (the very same objects, in the same order) were merged before: the same dto or
   * flag alone under its status on many operations. Contributions are immutable, so the reused
   * response is the one a fresh merge would give. One per compilation; not thread-safe.
   */
  public static final class Memo {
    private final Map<List<Object>, ResponseDoc> merged = new HashMap<>();

    /** The merged responses, sorted by status. */
    public List<ResponseDoc> merge(List<ErrorContribution> contributions) {
      Map<Integer, List<ErrorContribution>> byStatus = new TreeMap<>();
      for (ErrorContribution c : contributions) {
        byStatus.computeIfAbsent(c.status(), s -> new ArrayList<>()).add(c);
      }
      List<ResponseDoc> responses = new ArrayList<>(byStatus.size());
      byStatus.forEach((status, list) -> {
        List<Object> key = new ArrayList<>(list.size());
        for (ErrorContribution c : list) {
          key.add(new Identity(c));
        }
        responses.add(merged.computeIfAbsent(key, k -> mergeOne(status, list)));
      });
      return responses;
    }

    /** Compares by identity: deep equality of contributions would cost more than merging. */
    private record Identity(ErrorContribution contribution) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Identity other && other.contribution == contribution;
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(contribution);
      }
    }
  }

  private static ResponseDoc mergeOne(int status, List<ErrorContribution> list) {
    String explicit = null;
    Set<String> describers = new HashSet<>();
    String singleDescription = null;
    Map<String, List<TypeSchema>> schemas = new LinkedHashMap<>();
    Map<String, Map<String, ExampleDoc>> examples = new LinkedHashMap<>();
    for (ErrorContribution c : list) {
      if (c.kind() == ErrorContribution.Kind.RESPONSE) {
        if (!c.description().isBlank()) {
          explicit = c.description();
        }
      } else if (describers.add(c.contributorKey())) {
        singleDescription = c.description();
      }
      List<TypeSchema> mediaSchemas = schemas.computeIfAbsent(c.mediaType(), m -> new ArrayList<>());
      if (!mediaSchemas.contains(c.schema())) {
        mediaSchemas.add(c.schema());
      }
      Map<String, ExampleDoc> mediaExamples =
          examples.computeIfAbsent(c.mediaType(), m -> new LinkedHashMap<>());
      for (ExampleDoc example : c.examples()) {
        addExample(mediaExamples, example);
      }
    }
    String description;
    if (explicit != null) {
      description = explicit;
    } else if (describers.size() == 1) {
      description = singleDescription;
    } else {
      description = ReasonPhrases.of(status);
    }
    SortedMap<String, MediaContent> content = new TreeMap<>();
    schemas.forEach((mediaType, s) -> content.put(mediaType,
        new MediaContent(s, List.copyOf(examples.get(mediaType).values()))));
    return new ResponseDoc(status, description, content);
  }

  private static void addExample(Map<String, ExampleDoc> examples, ExampleDoc example) {
    ExampleDoc present = examples.get(example.name());
    if (present == null) {
      examples.put(example.name(), example);
      return;
    }
    if (present.json().equals(example.json())) {
      return;
    }
    // A renamed copy may itself be present already (the same dto listed twice, say).
    for (int n = 2; ; n++) {
      String name = example.name() + "_" + n;
      ExampleDoc other = examples.get(name);
      if (other == null) {
        examples.put(name, example.withName(name));
        return;
      }
      if (other.json().equals(example.json())) {
        return;
      }
    }
  }
}
