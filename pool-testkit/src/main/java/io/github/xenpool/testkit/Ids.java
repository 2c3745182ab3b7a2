package io.github.xenpool.testkit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic UUIDs, so that a generated value depends only on the random choices behind it. */
final class Ids {

    private Ids() {
    }

    static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(("xenpool-testkit:" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
