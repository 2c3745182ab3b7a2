package io.github.xenpool.core.vm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.Uuid;
import io.github.xenpool.core.validation.Uuids;
import io.github.xenpool.core.validation.Validated;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A virtual machine of a host: a guest resident on it, or one of the other VM records of its
 * database that xapi's join checks count (a template, a snapshot, a control domain).
 *
 * @param uuid the VM's UUID
 * @param name its name label
 * @param powerState its power state
 * @param mode HVM or PV
 * @param currentOperations operations in progress, such as an export
 * @param kind a guest, a template, a snapshot or a control domain
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Vm(
        @Uuid String uuid,
        @NotBlank @Size(max = 255) String name,
        PowerState powerState,
        VirtualizationMode mode,
        Set<VmOperation> currentOperations,
        Kind kind) {

    /**
     * What a VM record is, as xapi's {@code is_a_template}, {@code is_a_snapshot} and
     * {@code is_control_domain} and the host's {@code control_domain} tell.
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public enum Kind {
        /** A guest: none of the others. */
        GUEST,
        /** A template ({@code is_a_template}, not a snapshot). */
        TEMPLATE,
        /** A snapshot ({@code is_a_snapshot}), which xapi records as a template too. */
        SNAPSHOT,
        /** The control domain of a host, dom0: the one its host's {@code control_domain} names. */
        DOM0,
        /** A control domain other than dom0, such as a driver domain ({@code is_control_domain}). */
        CONTROL_DOMAIN;

        /**
         * Tells whether this is a control domain, dom0 or another one.
         *
         * @return true for {@link #DOM0} and {@link #CONTROL_DOMAIN}
         */
        public boolean isControlDomain() {
            return this == DOM0 || this == CONTROL_DOMAIN;
        }
    }

    /**
     * Checks the components and copies the operations.
     *
     * @param uuid the VM's UUID
     * @param name its name label
     * @param powerState its power state
     * @param mode HVM or PV
     * @param currentOperations operations in progress, such as an export
     * @param kind a guest, a template, a snapshot or a control domain
     * @throws NullPointerException if a component or an operation is null
     * @throws InvalidModelException if the UUID or the name is
     *     invalid; every problem is listed
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Vm {
        uuid = Uuids.canonical(Objects.requireNonNull(uuid, "uuid"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(powerState, "powerState");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(currentOperations, "currentOperations");
        Objects.requireNonNull(kind, "kind");
        EnumSet<VmOperation> operations = EnumSet.noneOf(VmOperation.class);
        for (VmOperation operation : currentOperations) {
            operations.add(Objects.requireNonNull(operation, "currentOperations contains null"));
        }
        currentOperations = Collections.unmodifiableSet(operations);
        ModelCheck check = ModelCheck.of(Vm.class);
        check.constraints("uuid", uuid);
        check.constraints("name", name);
        check.throwIfAny();
    }

    /**
     * Makes a guest.
     *
     * @param uuid the VM's UUID
     * @param name its name label
     * @param powerState its power state
     * @param mode HVM or PV
     * @param currentOperations operations in progress, such as an export
     * @throws NullPointerException if a component or an operation is null
     * @throws InvalidModelException if the UUID or the name is invalid; every problem is listed
     */
    public Vm(String uuid, String name, PowerState powerState, VirtualizationMode mode,
            Set<VmOperation> currentOperations) {
        this(uuid, name, powerState, mode, currentOperations, Kind.GUEST);
    }

    /**
     * Starts a builder with defaults: a halted HVM guest with no operation in progress; its UUID and
     * name must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this VM's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().uuid(uuid).name(name).powerState(powerState).mode(mode)
                .currentOperations(currentOperations).kind(kind);
    }

    /**
     * Tells whether an operation is in progress.
     *
     * @return true if {@link #currentOperations()} is not empty
     */
    public boolean isBusy() {
        return !currentOperations.isEmpty();
    }

    /** Builds a {@link Vm}. */
    @API(status = MAINTAINED, since = "0.1.0")
    public static final class Builder {
        private String uuid;
        private String name;
        private PowerState powerState = PowerState.HALTED;
        private VirtualizationMode mode = VirtualizationMode.HVM;
        private final EnumSet<VmOperation> operations = EnumSet.noneOf(VmOperation.class);
        private Kind kind = Kind.GUEST;

        private Builder() {
        }

        /**
         * Sets what the VM record is; a guest unless set.
         *
         * @param kind a guest, a template, a snapshot or a control domain
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder kind(Kind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the UUID.
         *
         * @param uuid the UUID
         * @return this builder
         */
        public Builder uuid(String uuid) {
            this.uuid = Objects.requireNonNull(uuid, "uuid");
            return this;
        }

        /**
         * Sets the name label.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the power state.
         *
         * @param powerState the state
         * @return this builder
         */
        public Builder powerState(PowerState powerState) {
            this.powerState = Objects.requireNonNull(powerState, "powerState");
            return this;
        }

        /**
         * Sets HVM or PV.
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder mode(VirtualizationMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Replaces the operations in progress.
         *
         * @param operations the operations
         * @return this builder
         */
        public Builder currentOperations(Collection<VmOperation> operations) {
            Objects.requireNonNull(operations, "operations");
            this.operations.clear();
            operations.forEach(this::currentOperation);
            return this;
        }

        /**
         * Adds an operation in progress.
         *
         * @param operation the operation
         * @return this builder
         */
        public Builder currentOperation(VmOperation operation) {
            this.operations.add(Objects.requireNonNull(operation, "operation"));
            return this;
        }

        /**
         * Builds the VM and checks its constraints.
         *
         * @return the VM
         * @throws NullPointerException if the UUID or name was not set
         * @throws IllegalArgumentException if a value is invalid; all problems are listed
         */
        public Vm build() {
            Objects.requireNonNull(uuid, "uuid (a VM needs one; call uuid(...))");
            Objects.requireNonNull(name, "name (a VM needs one; call name(...))");
            return new Vm(uuid, name, powerState, mode, operations, kind);
        }

        /**
         * Builds the VM, or gives every problem that kept it from being built, without
         * throwing.
         *
         * @return the VM, or its problems
         */
        public Validated<Vm> tryBuild() {
            return Validated.of(this::build);
        }
    }
}
