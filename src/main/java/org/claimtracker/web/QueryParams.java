package org.claimtracker.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.claimtracker.statement.StatementQuery;
import org.claimtracker.statement.StatementSort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statement-list parameters of one request as name/value pairs in a fixed order, to build links that keep the
 * filters (pages, removals, exports): the URL is the state, so it can be shared and the back button works.
 */
record QueryParams(List<Map.Entry<String, String>> pairs) {

    QueryParams {
        pairs = List.copyOf(pairs);
    }

    static QueryParams of(StatementQuery query) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        query.speaker().forEach(s -> add(pairs, "speaker", s));
        if (query.toFilterAffiliates()) {
            add(pairs, "affiliates", "true");
        }
        add(pairs, "topic", query.topic());
        add(pairs, "stance", query.stance());
        add(pairs, "kind", query.kind());
        add(pairs, "from", query.from());
        add(pairs, "to", query.to());
        add(pairs, "source", query.source());
        add(pairs, "q", query.q());
        // the default order is left out, so the form's pre-selected order does not clutter shared links
        if (!StatementSort.NEWEST_FIRST.parameter().equals(query.sort() == null ? null : query.sort().strip())) {
            add(pairs, "sort", query.sort());
        }
        add(pairs, "size", query.size());
        add(pairs, "page", query.page());
        return new QueryParams(pairs);
    }

    /** Name/value pairs in the order given; blank values are left out. */
    static QueryParams of(String... namesAndValues) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            add(pairs, namesAndValues[i], namesAndValues[i + 1]);
        }
        return new QueryParams(pairs);
    }

    private static void add(List<Map.Entry<String, String>> pairs, String name, String value) {
        if (value != null && !value.isBlank()) {
            pairs.add(Map.entry(name, value.strip()));
        }
    }

    QueryParams without(String name) {
        return new QueryParams(pairs.stream().filter(p -> !p.getKey().equals(name)).toList());
    }

    QueryParams without(String name, String value) {
        return new QueryParams(pairs.stream()
                .filter(p -> !(p.getKey().equals(name) && Objects.equals(p.getValue(), value))).toList());
    }

    QueryParams with(String name, String value) {
        List<Map.Entry<String, String>> next = new ArrayList<>(without(name).pairs);
        next.add(Map.entry(name, value));
        return new QueryParams(next);
    }

    String url(String path) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            // named placeholders so that encode() escapes every value completely (a '+' or '&' in q included)
            builder.queryParam(pairs.get(i).getKey(), "{v" + i + "}");
            values.put("v" + i, pairs.get(i).getValue());
        }
        return builder.encode().buildAndExpand(values).toUriString();
    }
}
