package org.claimtracker.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}): a {@code NewsArticle} (or
 * another article type) at the top level, in an array, or in an {@code @graph}. Authors and publishers may be names,
 * objects with a name, or arrays of either. A script that is not valid JSON is ignored: page metadata is a hint.
 */
record JsonLdArticle(String headline, String author, String publisher, String datePublished, String url) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> NEWS_TYPES = Set.of("NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle");
    private static final Set<String> OTHER_ARTICLE_TYPES = Set.of("Article", "BlogPosting", "Report",
            "LiveBlogPosting", "ScholarlyArticle");
    /** Nodes looked at per script: JSON-LD blocks are small, a hostile page's need not be. */
    private static final int MAX_NODES = 10_000;

    /** The best article node among the scripts: a news type first, then any other article type. */
    static Optional<JsonLdArticle> find(List<String> scripts) {
        JsonNode news = null;
        JsonNode other = null;
        for (String script : scripts) {
            for (JsonNode node : candidates(script)) {
                if (news == null && hasType(node, NEWS_TYPES)) {
                    news = node;
                } else if (other == null && hasType(node, OTHER_ARTICLE_TYPES)) {
                    other = node;
                }
            }
        }
        JsonNode chosen = news != null ? news : other;
        return Optional.ofNullable(chosen).map(JsonLdArticle::of);
    }

    private static JsonLdArticle of(JsonNode node) {
        String url = text(node.get("url"));
        if (url == null) {
            JsonNode page = node.get("mainEntityOfPage");
            url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        }
        return new JsonLdArticle(firstNonNull(text(node.get("headline")), text(node.get("name"))),
                names(node.get("author")), names(node.get("publisher")), text(node.get("datePublished")), url);
    }

    /** Every object in the script, breadth first, through arrays and {@code @graph}. */
    private static List<JsonNode> candidates(String script) {
        JsonNode root;
        try {
            root = JSON.readTree(script);
        } catch (JacksonException e) {
            return List.of();
        }
        List<JsonNode> objects = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty() && objects.size() < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isArray()) {
                node.values().forEach(queue::add);
            } else if (node.isObject()) {
                objects.add(node);
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    queue.add(graph);
                }
            }
        }
        return objects;
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            return type.values().stream().anyMatch(t -> t.isString() && types.contains(t.stringValue()));
        }
        return type.isString() && types.contains(type.stringValue());
    }

    /** A name, an object's name, or the names of an array of either, joined with commas. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : node.isArray() ? node.values() : List.of(node)) {
            String name = item.isObject() ? text(item.get("name")) : text(item);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String value = node.stringValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
