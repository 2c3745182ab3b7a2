package io.github.xenpool.core.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A model document as read: a pool document or a host document, and its value.
 *
 * <pre>{@code
 * ModelDocument document = ModelJson.read(reader, "x.json");
 * if (document instanceof ModelDocument.OfPool ofPool) {
 *     Pool pool = ofPool.pool();
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public sealed interface ModelDocument permits ModelDocument.OfPool, ModelDocument.OfHost {

    /**
     * Says which kind of document this is.
     *
     * @return {@link Kind#POOL} or {@link Kind#HOST}
     */
    Kind kind();

    /**
     * Returns the value the document holds.
     *
     * @return a {@link Pool} or a {@link Host}
     */
    Object value();

    /** The kinds of model document, each with the name its {@code document} field gives. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    enum Kind {
        /** A pool: {@code "document": "xenpool.pool"}. */
        POOL("xenpool.pool", "pool"),
        /** A host: {@code "document": "xenpool.host"}. */
        HOST("xenpool.host", "host");

        private final String documentName;
        private final String member;

        Kind(String documentName, String member) {
            this.documentName = documentName;
            this.member = member;
        }

        /**
         * Returns the value of the document's {@code document} field.
         *
         * @return {@code xenpool.pool} or {@code xenpool.host}
         */
        public String documentName() {
            return documentName;
        }

        /**
         * Returns the name of the top-level field that holds the value.
         *
         * @return {@code pool} or {@code host}
         */
        public String member() {
            return member;
        }
    }

    /**
     * A pool document.
     *
     * @param pool the pool
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    record OfPool(Pool pool) implements ModelDocument {

        /**
         * Checks the component.
         *
         * @param pool the pool
         * @throws NullPointerException if it is null
         */
        public OfPool {
            Objects.requireNonNull(pool, "pool");
        }

        @Override
        public Kind kind() {
            return Kind.POOL;
        }

        @Override
        public Pool value() {
            return pool;
        }
    }

    /**
     * A host document.
     *
     * @param host the host
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    record OfHost(Host host) implements ModelDocument {

        /**
         * Checks the component.
         *
         * @param host the host
         * @throws NullPointerException if it is null
         */
        public OfHost {
            Objects.requireNonNull(host, "host");
        }

        @Override
        public Kind kind() {
            return Kind.HOST;
        }

        @Override
        public Host value() {
            return host;
        }
    }
}
