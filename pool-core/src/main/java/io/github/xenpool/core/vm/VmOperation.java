package io.github.xenpool.core.vm;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.internal.Text;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An operation in progress on a VM, as xapi lists them in {@code current_operations}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum VmOperation {
    /** Starting. */
    START,
    /** Shutting down cleanly. */
    CLEAN_SHUTDOWN,
    /** Being forced off. */
    HARD_SHUTDOWN,
    /** Rebooting cleanly. */
    CLEAN_REBOOT,
    /** Being forced to reboot. */
    HARD_REBOOT,
    /** Being suspended. */
    SUSPEND,
    /** Resuming. */
    RESUME,
    /** Being paused. */
    PAUSE,
    /** Being unpaused. */
    UNPAUSE,
    /** Being exported. */
    EXPORT,
    /** Being imported. */
    IMPORT,
    /** Being migrated within the pool. */
    POOL_MIGRATE,
    /** Being migrated with its storage. */
    MIGRATE_SEND,
    /** Being snapshotted. */
    SNAPSHOT,
    /** Being cloned. */
    CLONE,
    /** Being copied. */
    COPY,
    /** Being checkpointed. */
    CHECKPOINT,
    /**
     * An operation xapi runs that this library does not name (xapi has dozens, such as
     * {@code provision} or {@code destroy}); the VM is busy all the same. Its {@link #xapiName()}
     * is {@code other}; {@link #fromXapiName(String)} never returns it.
     */
    OTHER;

    /**
     * Returns xapi's name of the operation.
     *
     * @return for example {@code clean_shutdown}
     */
    public String xapiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds an operation by xapi's name.
     *
     * @param xapiName such as {@code clean_shutdown} or {@code export}
     * @return the operation
     * @throws IllegalArgumentException if the name is unknown
     */
    public static VmOperation fromXapiName(String xapiName) {
        Objects.requireNonNull(xapiName, "xapiName");
        for (VmOperation operation : values()) {
            if (operation != OTHER && operation.xapiName().equals(xapiName)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("unknown VM operation " + Text.quoted(xapiName)
                + "; expected one of xapi's names such as clean_shutdown, export or pool_migrate");
    }
}
