package org.isac.workbench.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isac.workbench.registry.ComponentRegistry;

/**
 * What makes two runs' blocks interchangeable: the same scenario file, byte for byte (its SHA-256), and the same
 * active providers (concern, name, bundle and version, and settings). Journals and shard parts carry it, and a
 * resume or a merge refuses blocks of another identity, naming what differs.
 *
 * @param scenario the scenario file as the user named it
 * @param text the scenario file's text
 * @param sha256 its SHA-256, in hexadecimal
 * @param providers per concern, its active provider: {@code name (bundle version) {settings}}
 */
public record RunIdentity(String scenario, String text, String sha256, Map<String, String> providers) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Concerns that shape how results look, not what they are: a headless member has no chart provider. */
    private static final List<String> NOT_IN_NUMBERS = List.of("chart");

    /**
     * @param scenario a scenario file
     * @param registry the provider registry
     * @return the identity of a run of this file with the registry's active providers
     * @throws IOException when the file cannot be read
     */
    public static RunIdentity of(Path scenario, ComponentRegistry registry) throws IOException {
        byte[] bytes = Files.readAllBytes(scenario);
        return new RunIdentity(scenario.toString(), new String(bytes, StandardCharsets.UTF_8), sha256(bytes),
                providers(registry));
    }

    /**
     * @param scenario a name for the scenario, for example {@code isac-simulate.json}
     * @param text the scenario's text, which other processes run
     * @param registry the provider registry
     * @return the identity of a run of a scenario that exists as text only (a command's point, for instance)
     */
    public static RunIdentity of(String scenario, String text, ComponentRegistry registry) {
        return new RunIdentity(scenario, text, sha256(text.getBytes(StandardCharsets.UTF_8)), providers(registry));
    }

    /**
     * @param registry this workbench's provider registry
     * @return what differs between this run's providers and this workbench's (see {@link #differences}); empty when
     *         this workbench can compute the run's blocks
     */
    public List<String> differencesHere(ComponentRegistry registry) {
        return differences(new RunIdentity(scenario, text, sha256, providers(registry)));
    }

    /**
     * @param registry the provider registry
     * @return per concern its active provider, sorted by concern
     */
    public static Map<String, String> providers(ComponentRegistry registry) {
        Map<String, String> providers = new TreeMap<>();
        for (String concern : registry.concerns()) {
            if (NOT_IN_NUMBERS.contains(concern)) {
                continue;
            }
            providers.put(concern, registry.activeInfo(concern).map(info -> info.name() + " (" + info.bundle() + " "
                    + info.bundleVersion() + ") " + new TreeMap<>(registry.settings(concern, info.name())))
                    .orElse("none"));
        }
        return providers;
    }

    /** @return this identity as a JSON text, for other processes ({@link #fromJson}) */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        writeTo(node);
        return node.toString();
    }

    /**
     * @param json a text written by {@link #toJson}
     * @return the identity
     * @throws IllegalArgumentException when the text is not one
     */
    public static RunIdentity fromJson(String json) {
        try {
            return readFrom(JSON.readTree(json), Path.of("run"));
        } catch (IOException notJson) {
            throw new IllegalArgumentException("run: not a run's identity: " + notJson.getMessage(), notJson);
        }
    }

    /** Writes this identity into a JSON object (the scenario's text included). */
    void writeTo(ObjectNode node) {
        node.put("scenario", scenario);
        node.put("scenarioSha256", sha256);
        node.put("scenarioText", text);
        ObjectNode used = node.putObject("providers");
        providers.forEach(used::put);
    }

    /**
     * @param node an object written by {@link #writeTo}
     * @param where the file, for errors
     * @return the identity
     */
    static RunIdentity readFrom(JsonNode node, Path where) {
        Map<String, String> providers = new TreeMap<>();
        JsonNode used = node.path("providers");
        if (!used.isObject()) {
            throw new IllegalArgumentException(where + ": providers: missing");
        }
        used.fields().forEachRemaining(e -> providers.put(e.getKey(), e.getValue().asText()));
        RunIdentity identity = new RunIdentity(text(node, "scenario", where), text(node, "scenarioText", where),
                text(node, "scenarioSha256", where), providers);
        if (!identity.sha256.equals(sha256(identity.text.getBytes(StandardCharsets.UTF_8)))) {
            throw new IllegalArgumentException(where + ": the scenario's text does not have the SHA-256 it names: the "
                    + "file was changed by hand");
        }
        return identity;
    }

    /**
     * @param other another run's identity
     * @return what differs, for example {@code the scenario file (SHA-256 ab12… vs cd34…)} or {@code fading: nakagami
     *         (…) vs rayleigh (…)}; empty when the blocks are interchangeable
     */
    public List<String> differences(RunIdentity other) {
        List<String> differences = new ArrayList<>();
        if (!sha256.equals(other.sha256)) {
            differences.add("the scenario file (SHA-256 " + abbreviated(sha256) + " vs " + abbreviated(other.sha256)
                    + ")");
        }
        TreeMap<String, String> concerns = new TreeMap<>(providers);
        other.providers.keySet().forEach(c -> concerns.putIfAbsent(c, ""));
        for (String concern : concerns.keySet()) {
            String mine = providers.getOrDefault(concern, "none");
            String theirs = other.providers.getOrDefault(concern, "none");
            if (!mine.equals(theirs)) {
                differences.add(concern + ": " + mine + " vs " + theirs);
            }
        }
        return differences;
    }

    private static String abbreviated(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    private static String text(JsonNode node, String field, Path where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + ": " + field + ": missing");
        }
        return value.asText();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
