package io.github.xenpool.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model value, or every problem that kept it from being made: the non-throwing form of a
 * builder, for callers that check input. The builders' {@code tryBuild()} returns one;
 * {@link #of(Supplier)} makes one from any way of making a value, a constructor included.
 *
 * <pre>{@code
 * Validated<Host> host = Host.builder().id(input.id()).hostname(input.name()).tryBuild();
 * String answer = host.fold(problems -> problems.size() + " problem(s)", Host::hostname);
 * }</pre>
 *
 * <p>pool-core has no functional library of its own; a caller with vavr turns one into an
 * {@code Either} with {@code validated.fold(Either::left, Either::right)}.
 *
 * @param <T> the type of the value
 */
public sealed interface Validated<T> permits Validated.Valid, Validated.Invalid {

    /**
     * Makes a value, turning an {@link InvalidModelException} into its problems. Other
     * exceptions, such as a {@link NullPointerException} for a missing argument, pass through.
     *
     * @param make makes the value, for example {@code () -> new Pool(...)}
     * @param <T> the type of the value
     * @return the value, or its problems
     */
    static <T> Validated<T> of(Supplier<? extends T> make) {
        Objects.requireNonNull(make, "make");
        try {
            return new Valid<>(make.get());
        } catch (InvalidModelException e) {
            return new Invalid<>(e.type(), e.violations());
        }
    }

    /**
     * Tells whether the value was made.
     *
     * @return true for a {@link Valid}
     */
    boolean isValid();

    /**
     * Returns the value when it was made.
     *
     * @return the value, or empty when it was invalid
     */
    Optional<T> toOptional();

    /**
     * Returns every problem that kept the value from being made.
     *
     * @return the violations sorted by path; empty for a valid value
     */
    List<ModelViolation> violations();

    /**
     * Returns the value, or throws what making it threw.
     *
     * @return the value
     * @throws InvalidModelException listing every problem, when it was invalid
     */
    T orElseThrow();

    /**
     * Turns this into one result, whichever way it went.
     *
     * @param ifInvalid applied to the problems of an invalid value
     * @param ifValid applied to a valid value
     * @param <R> the type of the result
     * @return the result of the function that applies
     */
    <R> R fold(Function<? super List<ModelViolation>, ? extends R> ifInvalid,
            Function<? super T, ? extends R> ifValid);

    /**
     * A value that was made.
     *
     * @param value the value
     * @param <T> its type
     */
    record Valid<T>(T value) implements Validated<T> {

        /**
         * Checks the component.
         *
         * @param value the value
         * @throws NullPointerException if the value is null
         */
        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.of(value);
        }

        @Override
        public List<ModelViolation> violations() {
            return List.of();
        }

        @Override
        public T orElseThrow() {
            return value;
        }

        @Override
        public <R> R fold(Function<? super List<ModelViolation>, ? extends R> ifInvalid,
                Function<? super T, ? extends R> ifValid) {
            return ifValid.apply(value);
        }
    }

    /**
     * A value that could not be made, with every problem.
     *
     * @param type the simple name of the type that was to be made, such as {@code Host}
     * @param violations the problems, sorted by path; at least one
     * @param <T> the type of the value
     */
    record Invalid<T>(String type, List<ModelViolation> violations) implements Validated<T> {

        /**
         * Checks and copies the components.
         *
         * @param type the simple name of the type that was to be made
         * @param violations the problems; at least one
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if there is no violation
         */
        public Invalid {
            violations = new InvalidModelException(type, violations).violations();
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.empty();
        }

        @Override
        public T orElseThrow() {
            throw new InvalidModelException(type, violations);
        }

        @Override
        public <R> R fold(Function<? super List<ModelViolation>, ? extends R> ifInvalid,
                Function<? super T, ? extends R> ifValid) {
            return ifInvalid.apply(violations);
        }
    }
}
