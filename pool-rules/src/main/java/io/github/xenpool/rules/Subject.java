package io.github.xenpool.rules;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What a violation is about: a path of {@linkplain Node nodes} from the join request, starting at
 * {@code host} or {@code pool}, and a label a person recognizes.
 *
 * <p>A node is a property name, optionally with the key or index of one element of that
 * property. Things that xapi does not keep unique by name are keyed by their UUID, never by their
 * name: a VM is {@code host.vms[<vm uuid>]} with its name as the label, so two VMs called
 * {@code web.prod} are two subjects, and a name such as {@code db01.example.com} or {@code .}
 * means nothing to the path. {@link #path()} is the path as text, in the form Jakarta
 * Validation prints a property path ({@code host.cpu.features},
 * {@code host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70]}); it is for reading, not for parsing:
 * {@link #nodes()} is the structure. {@link #toString()} adds the label, as the rendered report
 * shows it: {@code host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70] (win7)}.
 *
 * @param kind what sort of thing it is
 * @param nodes where it sits in the join request, the first node being {@code host} or
 *     {@code pool} (or {@code rule} for a rule that could not check); never empty
 * @param label its name, such as a host name or a VM name
 */
public record Subject(Kind kind, List<Node> nodes, String label) {

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
     * One step of a subject's path: a property, or one element of a property that holds many,
     * picked by key or by index (as a node of a Jakarta Validation {@code Path}).
     *
     * @param name the property's name, such as {@code cpu} or {@code vms}
     * @param key the key of the element, such as a VM's UUID; empty for the property itself
     * @param index the position of the element; empty for the property itself
     */
    public record Node(String name, Optional<String> key, OptionalInt index) {

        /**
         * Checks the components.
         *
         * @param name the property's name
         * @param key the key of the element
         * @param index the position of the element
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the name is not a property name, if both a key and
         *     an index are given, or if the index is negative
         */
        public Node {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(index, "index");
            if (!isPropertyName(name)) {
                throw new IllegalArgumentException("a node name is one property name such as vms, got " + Text.quoted(name)
                        + "; give each property of a path as a node of its own");
            }
            if (key.isPresent() && index.isPresent()) {
                throw new IllegalArgumentException("node " + Text.name(name) + " has the key " + Text.quoted(key.get()) + " and the index "
                        + index.getAsInt() + "; an element is picked by one of them");
            }
            if (index.isPresent() && index.getAsInt() < 0) {
                throw new IllegalArgumentException("node " + name + " has the index " + index.getAsInt()
                        + "; expected 0 or more");
            }
        }

        /**
         * A property.
         *
         * @param name the property's name, such as {@code cpu}
         * @return the node {@code <name>}
         */
        public static Node property(String name) {
            return new Node(name, Optional.empty(), OptionalInt.empty());
        }

        /**
         * One element, by key, of a property that holds many.
         *
         * @param name the property's name, such as {@code vms}
         * @param key the element's key, such as a VM's UUID; any text
         * @return the node {@code <name>[<key>]}
         */
        public static Node atKey(String name, String key) {
            return new Node(name, Optional.of(Objects.requireNonNull(key, "key")), OptionalInt.empty());
        }

        /**
         * One element, by position, of a property that holds many.
         *
         * @param name the property's name
         * @param index the element's position, 0 or more
         * @return the node {@code <name>[<index>]}
         */
        public static Node atIndex(String name, int index) {
            return new Node(name, Optional.empty(), OptionalInt.of(index));
        }

        /**
         * Tells whether this node picks one element of its property.
         *
         * @return true if it has a key or an index
         */
        public boolean isElement() {
            return key.isPresent() || index.isPresent();
        }

        /**
         * Returns the node as text: {@code cpu}, {@code vms[<key>]} or {@code vms[<index>]}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            if (key.isPresent()) {
                return name + "[" + key.get() + "]";
            }
            if (index.isPresent()) {
                return name + "[" + index.getAsInt() + "]";
            }
            return name;
        }

        private static boolean isPropertyName(String name) {
            if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
                return false;
            }
            return name.codePoints().allMatch(Character::isJavaIdentifierPart);
        }
    }

    /**
     * Checks and copies the components.
     *
     * @param kind what sort of thing it is
     * @param nodes where it sits in the join request
     * @param label its name
     * @throws NullPointerException if a component or a node is null
     * @throws IllegalArgumentException if there are no nodes
     */
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(label, "label");
        for (Node node : nodes) {
            Objects.requireNonNull(node, "nodes contains null");
        }
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a subject needs a path of at least one node, such as host; got none");
        }
    }

    /**
     * The pool.
     *
     * @param pool the pool
     * @return the subject {@code pool}, labelled with the pool's name
     */
    public static Subject pool(Pool pool) {
        return of(Kind.POOL, pool);
    }

    /**
     * The joining host.
     *
     * @param host the host
     * @return the subject {@code host}, labelled with the host name
     */
    public static Subject host(Host host) {
        return of(Kind.HOST, host);
    }

    /**
     * A part of the joining host.
     *
     * @param kind what the part is
     * @param host the host
     * @param properties the property names below {@code host}, one by one, such as {@code "cpu",
     *     "features"}
     * @return the subject {@code host.<properties>}, labelled with the host name
     * @throws IllegalArgumentException if one of the properties is not a property name (such as
     *     {@code cpu.features}, which is two)
     */
    public static Subject of(Kind kind, Host host, String... properties) {
        return new Subject(kind, below("host", properties), Objects.requireNonNull(host, "host").hostname());
    }

    /**
     * A part of the pool.
     *
     * @param kind what the part is
     * @param pool the pool
     * @param properties the property names below {@code pool}, one by one, such as {@code "edition"}
     * @return the subject {@code pool.<properties>}, labelled with the pool's name
     * @throws IllegalArgumentException if one of the properties is not a property name
     */
    public static Subject of(Kind kind, Pool pool, String... properties) {
        return new Subject(kind, below("pool", properties), Objects.requireNonNull(pool, "pool").name());
    }

    /**
     * A VM of the joining host.
     *
     * @param vm the VM
     * @return the subject {@code host.vms[<uuid>]}, labelled with the VM's name
     */
    public static Subject vm(Vm vm) {
        Objects.requireNonNull(vm, "vm");
        return new Subject(Kind.VM, List.of(Node.property("host"), Node.atKey("vms", vm.uuid())), vm.name());
    }

    /**
     * A storage repository of the joining host.
     *
     * @param repository the SR
     * @return the subject {@code host.storage[<uuid>]}, labelled with the SR's name
     */
    public static Subject hostStorage(StorageRepository repository) {
        Objects.requireNonNull(repository, "repository");
        return new Subject(Kind.STORAGE_REPOSITORY,
                List.of(Node.property("host"), Node.atKey("storage", repository.uuid())), repository.name());
    }

    /**
     * A shared storage repository of the pool.
     *
     * @param repository the SR
     * @return the subject {@code pool.sharedStorage[<uuid>]}, labelled with the SR's name
     */
    public static Subject poolStorage(StorageRepository repository) {
        Objects.requireNonNull(repository, "repository");
        return new Subject(Kind.STORAGE_REPOSITORY,
                List.of(Node.property("pool"), Node.atKey("sharedStorage", repository.uuid())), repository.name());
    }

    /**
     * A network interface of the joining host other than its management interface.
     *
     * @param nic the interface
     * @return the subject {@code host.networkInterfaces[<device>]}, labelled with the device
     */
    public static Subject networkInterface(NetworkInterface nic) {
        Objects.requireNonNull(nic, "nic");
        return new Subject(Kind.HOST, List.of(Node.property("host"), Node.atKey("networkInterfaces", nic.device())),
                nic.device());
    }

    /**
     * Returns the path as text, as Jakarta Validation prints a property path: the nodes joined
     * by dots, such as {@code host.cpu.features} or {@code host.vms[<uuid>]}. Keys are written as
     * they are, so the text is for reading; {@link #nodes()} is the structure.
     *
     * @return the path
     */
    public String path() {
        return nodes.stream().map(Node::toString).collect(Collectors.joining("."));
    }

    /**
     * Returns the path and the label, as the rendered report shows the subject, such as
     * {@code host.vms[<uuid>] (win7)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return path() + " (" + label + ")";
    }

    private static List<Node> below(String root, String... properties) {
        Objects.requireNonNull(properties, "properties");
        List<Node> nodes = new ArrayList<>(properties.length + 1);
        nodes.add(Node.property(root));
        for (String property : properties) {
            nodes.add(Node.property(Objects.requireNonNull(property, "properties contains null")));
        }
        return nodes;
    }
}
