package io.github.xenpool.rules;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.Vm;
import java.util.Objects;

/**
 * What a violation is about: a path from the join request ({@code host.cpu.features},
 * {@code host.vms[win7]}, {@code pool.sharedStorage[nfs-sr]}) and a label a person recognizes.
 *
 * @param kind what sort of thing it is
 * @param path where it sits in the join request, starting at {@code host} or {@code pool}
 * @param label its name, such as a host name or a VM name
 */
public record Subject(Kind kind, String path, String label) {

    /** What sort of thing a subject is. */
    public enum Kind {
        /** The pool. */
        POOL,
        /** The joining host as a whole. */
        HOST,
        /** The joining host's CPU. */
        CPU,
        /** The joining host's software. */
        SOFTWARE,
        /** The joining host's licence. */
        LICENCE,
        /** The joining host's management interface. */
        MANAGEMENT_INTERFACE,
        /** The joining host's clock. */
        CLOCK,
        /** A VM. */
        VM,
        /** A storage repository. */
        STORAGE_REPOSITORY,
        /** A rule that could not be evaluated. */
        RULE
    }

    /**
     * Checks the components.
     *
     * @param kind what sort of thing it is
     * @param path where it sits in the join request
     * @param label its name
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the path is blank
     */
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        if (path.isBlank()) {
            throw new IllegalArgumentException("a subject needs a path, such as host.cpu");
        }
    }

    /**
     * The pool.
     *
     * @param pool the pool
     * @return the subject {@code pool}
     */
    public static Subject pool(Pool pool) {
        return new Subject(Kind.POOL, "pool", Objects.requireNonNull(pool, "pool").name());
    }

    /**
     * The joining host.
     *
     * @param host the host
     * @return the subject {@code host}
     */
    public static Subject host(Host host) {
        return new Subject(Kind.HOST, "host", Objects.requireNonNull(host, "host").hostname());
    }

    /**
     * A part of the joining host.
     *
     * @param kind what the part is
     * @param host the host
     * @param path the path below {@code host}, such as {@code cpu.features}
     * @return the subject {@code host.<path>}
     */
    public static Subject of(Kind kind, Host host, String path) {
        Objects.requireNonNull(path, "path");
        return new Subject(kind, "host." + path, Objects.requireNonNull(host, "host").hostname());
    }

    /**
     * A VM of the joining host.
     *
     * @param vm the VM
     * @return the subject {@code host.vms[<name>]}
     */
    public static Subject vm(Vm vm) {
        Objects.requireNonNull(vm, "vm");
        return new Subject(Kind.VM, "host.vms[" + vm.name() + "]", vm.name());
    }

    /**
     * A storage repository of the joining host.
     *
     * @param repository the SR
     * @return the subject {@code host.storage[<name>]}
     */
    public static Subject hostStorage(StorageRepository repository) {
        Objects.requireNonNull(repository, "repository");
        return new Subject(Kind.STORAGE_REPOSITORY, "host.storage[" + repository.name() + "]", repository.name());
    }

    /**
     * A shared storage repository of the pool.
     *
     * @param repository the SR
     * @return the subject {@code pool.sharedStorage[<name>]}
     */
    public static Subject poolStorage(StorageRepository repository) {
        Objects.requireNonNull(repository, "repository");
        return new Subject(Kind.STORAGE_REPOSITORY, "pool.sharedStorage[" + repository.name() + "]",
                repository.name());
    }

    @Override
    public String toString() {
        return path + " (" + label + ")";
    }
}
