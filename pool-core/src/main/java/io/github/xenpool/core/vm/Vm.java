package io.github.xenpool.core.vm;

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

/**
 * A virtual machine resident on a host.
 *
 * @param uuid the VM's UUID
 * @param name its name label
 * @param powerState its power state
 * @param mode HVM or PV
 * @param currentOperations operations in progress, such as an export
 */
public record Vm(
        @Uuid String uuid,
        @NotBlank @Size(max = 255) String name,
        PowerState powerState,
        VirtualizationMode mode,
        Set<VmOperation> currentOperations) {

    /**
     * Checks the components and copies the operations.
     *
     * @param uuid the VM's UUID
     * @param name its name label
     * @param powerState its power state
     * @param mode HVM or PV
     * @param currentOperations operations in progress, such as an export
     * @throws NullPointerException if a component or an operation is null
     * @throws InvalidModelException if the UUID or the name is
     *     invalid; every problem is listed
     */
    public Vm {
        uuid = Uuids.canonical(Objects.requireNonNull(uuid, "uuid"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(powerState, "powerState");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(currentOperations, "currentOperations");
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
     * Starts a builder with defaults: a halted HVM VM with no operation in progress; its UUID and
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
                .currentOperations(currentOperations);
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
    public static final class Builder {
        private String uuid;
        private String name;
        private PowerState powerState = PowerState.HALTED;
        private VirtualizationMode mode = VirtualizationMode.HVM;
        private final EnumSet<VmOperation> operations = EnumSet.noneOf(VmOperation.class);

        private Builder() {
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
            return new Vm(uuid, name, powerState, mode, operations);
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
