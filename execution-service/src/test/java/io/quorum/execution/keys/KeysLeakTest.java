package io.quorum.execution.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.execution.ExecutionServiceTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores key sets with distinctive random values, works the whole API over them — good and bad input, another
 * user, replacement, deletion — reads them through the venue's accessor, rotates the master key, and then looks
 * for the values everywhere they must not be: every log line (all loggers, web, JDBC and Quorum at TRACE), every
 * response body, and the bytes of the tables' files on disk.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeysLeakTest extends ExecutionServiceTest {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> VERBOSE = List.of("io.quorum", "org.springframework.web", "org.springframework.http",
            "org.springframework.jdbc", "org.springframework.transaction");

    @Autowired
    private KeyVault vault;
    @Autowired
    private KeyRotation rotation;
    @Autowired
    private DataKeys dataKeys;
    @Autowired
    private KeySets keySets;
    @Autowired
    private KeySettings settings;
    @Autowired
    private TransactionTemplate transactions;

    private final List<String> planted = new ArrayList<>();
    private final List<String> responses = new ArrayList<>();
    private final UserId owner = UserId.random();
    private final UserId stranger = UserId.random();
    private final UserId earlyUser = UserId.random();

    private String plant(String prefix, int length) {
        StringBuilder value = new StringBuilder(prefix);
        while (value.length() < length) {
            value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        planted.add(value.toString());
        return value.toString();
    }

    private MvcResult call(MockHttpServletRequestBuilder request, UserId user) throws Exception {
        MvcResult result = mvc.perform(request.header(GatewayHeaders.SECRET, SECRET)
                .header(GatewayHeaders.USER_ID, user.toString())).andReturn();
        responses.add(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        return result;
    }

    private MvcResult putKeys(UserId user, String json) throws Exception {
        return call(put("/api/keys").contentType(MediaType.APPLICATION_JSON).content(json), user);
    }

    private static String body(String venue, String key, String secret, String label) {
        return "{\"venue\":\"" + venue + "\",\"apiKey\":\"" + key + "\",\"apiSecret\":\"" + secret + "\",\"label\":\"" + label + "\"}";
    }

    @Test
    void keysAndSecretsNeverAppearInLogsResponsesOrTheDatabase(CapturedOutput output) throws Exception {
        Map<String, Level> levels = new LinkedHashMap<>();
        VERBOSE.forEach(name -> {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(Level.TRACE);
        });
        try {
            exerciseTheApi();
            readThroughTheAccessor();
            rotateTheMasterKey();
            deleteEverything();
        } finally {
            levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        }

        assertThat(output.getAll()).as("the capture sees the service's logs").contains("master key rotation")
                .contains("/api/keys");
        for (String value : planted) {
            for (String form : forms(value)) {
                assertThat(output.getAll()).as("log output").doesNotContain(form);
                assertThat(responses).as("response bodies").noneMatch(body -> body.contains(form));
            }
        }
        assertTheDatabaseHoldsNoPlaintext();
    }

    private void exerciseTheApi() throws Exception {
        String demoKey = plant("QKD", 18);
        String demoSecret = plant("QSD", 36);
        String testnetKey = plant("QKT", 18);
        String testnetSecret = plant("QST", 36);

        MvcResult stored = putKeys(owner, body("DEMO", demoKey, demoSecret, "demo account"));
        assertThat(stored.getResponse().getStatus()).isEqualTo(200);
        assertThat(stored.getResponse().getContentAsString()).contains("\"fingerprint\"").contains("\"label\":\"demo account\"");
        String firstFingerprint = com.jayway.jsonpath.JsonPath.read(stored.getResponse().getContentAsString(), "$.fingerprint");
        assertThat(putKeys(owner, body("TESTNET", testnetKey, testnetSecret, "testnet")).getResponse().getStatus()).isEqualTo(200);

        // replacing the demo set: new values, same creation time, a new fingerprint
        String newDemoKey = plant("QKN", 18);
        String newDemoSecret = plant("QSN", 36);
        MvcResult replaced = putKeys(owner, body("DEMO", newDemoKey, newDemoSecret, "demo account"));
        assertThat(replaced.getResponse().getStatus()).isEqualTo(200);
        String replacedJson = replaced.getResponse().getContentAsString();
        assertThat((String) com.jayway.jsonpath.JsonPath.read(replacedJson, "$.fingerprint")).isNotEqualTo(firstFingerprint);

        MvcResult listed = call(get("/api/keys"), owner);
        assertThat(listed.getResponse().getStatus()).isEqualTo(200);
        List<Map<String, Object>> sets = com.jayway.jsonpath.JsonPath.read(listed.getResponse().getContentAsString(), "$");
        assertThat(sets).extracting(set -> set.get("venue")).containsExactly("DEMO", "TESTNET");
        assertThat(sets.getFirst().keySet()).containsExactlyInAnyOrder("venue", "label", "fingerprint", "createdAt", "updatedAt");

        // bad input, each carrying a real-looking secret: refused naming the field, never echoing it
        String badSecret = plant("QSB", 36);
        String badKey = plant("QKB", 18);
        Map<String, String> badBodies = new LinkedHashMap<>();
        badBodies.put("venue", body("NOWHERE", badKey, badSecret, "x"));
        badBodies.put("apiSecret", body("DEMO", badKey, badSecret + " " + badSecret, "x"));
        badBodies.put("apiKey", "{\"venue\":\"DEMO\",\"apiKey\":{\"nested\":\"" + badKey + "\"},\"apiSecret\":\"" + badSecret + "\"}");
        badBodies.put("label", body("DEMO", badKey, badSecret, "x".repeat(100)));
        badBodies.put("body", "{\"venue\":\"DEMO\",\"apiKey\":\"" + badKey + "\",\"apiSecret\":" + badSecret + "}");
        for (var bad : badBodies.entrySet()) {
            MvcResult refused = putKeys(owner, bad.getValue());
            assertThat(refused.getResponse().getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(refused.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat((String) com.jayway.jsonpath.JsonPath.read(refused.getResponse().getContentAsString(), "$.field"))
                    .isEqualTo(bad.getKey());
        }
        MvcResult noCaller = mvc.perform(put("/api/keys").header(GatewayHeaders.SECRET, SECRET)
                .contentType(MediaType.APPLICATION_JSON).content(body("DEMO", badKey, badSecret, "x"))).andReturn();
        responses.add(noCaller.getResponse().getContentAsString());
        assertThat(noCaller.getResponse().getStatus()).isEqualTo(400);
        MvcResult notThroughTheGateway = mvc.perform(put("/api/keys").header(GatewayHeaders.USER_ID, owner.toString())
                .contentType(MediaType.APPLICATION_JSON).content(body("DEMO", badKey, badSecret, "x"))).andReturn();
        responses.add(notThroughTheGateway.getResponse().getContentAsString());
        assertThat(notThroughTheGateway.getResponse().getStatus()).isEqualTo(401);

        // another user sees and touches none of the owner's sets
        assertThat(call(get("/api/keys"), stranger).getResponse().getContentAsString()).isEqualTo("[]");
        assertThat(call(delete("/api/keys/DEMO"), stranger).getResponse().getStatus()).isEqualTo(404);
        assertThat(call(delete("/api/keys/ELSEWHERE"), stranger).getResponse().getStatus()).isEqualTo(400);
        assertThat(vault.list(owner)).hasSize(2);
        assertThat(vault.credentials(stranger, KeyVenue.DEMO)).isEmpty();
    }

    private void readThroughTheAccessor() {
        String expectedKey = planted.get(4);
        String expectedSecret = planted.get(5);
        try (ApiCredentials credentials = vault.credentials(owner, KeyVenue.DEMO).orElseThrow()) {
            assertThat(new String(credentials.apiKey())).isEqualTo(expectedKey);
            assertThat(new String(credentials.apiSecret())).isEqualTo(expectedSecret);
            assertThat(credentials.toString()).doesNotContain(expectedKey).doesNotContain(expectedSecret);
            LoggerFactory.getLogger(KeysLeakTest.class).info("the venue would use {}", credentials);
        }
        assertThat(vault.credentials(owner, KeyVenue.MAINNET)).isEmpty();
    }

    /** A user whose keys were stored before the rotation: wrapped by the retired key, readable throughout. */
    private void rotateTheMasterKey() throws Exception {
        MasterKey retired = MasterKey.fromBase64(settings.retiredMasterKeys().getFirst(), "test");
        DataKeyCipher beforeRotation = new DataKeyCipher(new MasterKeyRing(retired, List.of()));
        KeyVault previousDeployment = new KeyVault(dataKeys, keySets, beforeRotation, transactions, Clock.systemUTC());
        String earlyKey = plant("QKR", 18);
        String earlySecret = plant("QSR", 36);
        previousDeployment.store(earlyUser, KeyVenue.MAINNET, "before rotation", earlyKey.toCharArray(), earlySecret.toCharArray());
        assertThat(dataKeys.of(earlyUser).orElseThrow().masterKeyId()).isEqualTo(retired.id());

        try (ApiCredentials read = vault.credentials(earlyUser, KeyVenue.MAINNET).orElseThrow()) {
            assertThat(new String(read.apiSecret())).isEqualTo(earlySecret);
        }
        assertThat(rotation.runToCompletion()).isPositive();

        String current = new KeySettings(settings.masterKey(), null, null, null, 1, java.time.Duration.ofMinutes(1)).ring().current().id();
        assertThat(dataKeys.of(earlyUser).orElseThrow().masterKeyId()).isEqualTo(current);
        assertThat(dataKeys.countByMasterKey()).doesNotContainKey(retired.id());
        try (ApiCredentials read = vault.credentials(earlyUser, KeyVenue.MAINNET).orElseThrow()) {
            assertThat(new String(read.apiKey())).isEqualTo(earlyKey);
            assertThat(new String(read.apiSecret())).isEqualTo(earlySecret);
        }
        MvcResult progress = call(get("/internal/keys/rotation"), owner);
        assertThat(progress.getResponse().getStatus()).isEqualTo(200);
        assertThat(progress.getResponse().getContentAsString()).contains("\"currentMasterKeyId\":\"" + current + "\"")
                .contains("\"awaitingRewrap\":0");
    }

    private void deleteEverything() throws Exception {
        assertThat(call(delete("/api/keys/TESTNET"), owner).getResponse().getStatus()).isEqualTo(204);
        assertThat(dataKeys.of(owner)).as("the DEMO set still needs the data key").isPresent();
        assertThat(call(delete("/api/keys/demo"), owner).getResponse().getStatus()).isEqualTo(204);
        assertThat(call(get("/api/keys"), owner).getResponse().getContentAsString()).isEqualTo("[]");
        assertThat(dataKeys.of(owner)).as("the last set takes the data key with it").isEmpty();
        assertThat(call(delete("/api/keys/DEMO"), owner).getResponse().getStatus()).isEqualTo(404);
    }

    /** Every row of the schema as text, and the key tables' files on disk after a checkpoint. */
    private void assertTheDatabaseHoldsNoPlaintext() throws Exception {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'execution' "
                + "and table_type = 'BASE TABLE'").query(String.class).list();
        StringBuilder rows = new StringBuilder();
        for (String table : tables) {
            jdbc.sql("select t::text from execution." + table + " t").query(String.class).list().forEach(rows::append);
        }
        jdbc.sql("checkpoint").update();
        String dataDirectory = jdbc.sql("show data_directory").query(String.class).single();
        List<byte[]> files = new ArrayList<>();
        for (String table : List.of("api_key_sets", "data_keys")) {
            Path heap = Path.of(dataDirectory).resolve(jdbc.sql("select pg_relation_filepath(?)").param("execution." + table)
                    .query(String.class).single());
            assertThat(heap).exists();
            files.add(Files.readAllBytes(heap));
        }
        assertThat(rows).as("rows hold the sealed sets").contains("\\x");
        for (String value : planted) {
            for (String form : forms(value)) {
                assertThat(rows.toString()).doesNotContain(form);
                byte[] needle = form.getBytes(StandardCharsets.UTF_8);
                assertThat(files).noneMatch(file -> indexOf(file, needle) >= 0);
            }
        }
    }

    /** The value as it is, and as hex or base64 of its bytes: how a careless log or column would show it. */
    private static List<String> forms(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return Stream.of(value, HexFormat.of().formatHex(bytes), Base64.getEncoder().encodeToString(bytes)).toList();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
