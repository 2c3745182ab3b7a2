package io.github.xenpool.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a model value fails validation. It carries every violation at once, constraint
 * violations and broken structure alike, each with its property path; the message lists them,
 * one per line.
 */
public final class InvalidModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The simple name of the type that was checked. */
    private final String type;

    /** The violations, sorted by path, then constraint. */
    private final transient List<ModelViolation> violations;

    /**
     * Makes the exception.
     *
     * @param type the simple name of the type that was checked, such as {@code Host}
     * @param violations the violations, in any order; at least one
     */
    public InvalidModelException(String type, List<ModelViolation> violations) {
        super(message(type, sorted(violations)));
        this.type = type;
        this.violations = sorted(violations);
    }

    /**
     * Returns the simple name of the type that was checked.
     *
     * @return for example {@code Host}
     */
    public String type() {
        return type;
    }

    private static List<ModelViolation> sorted(List<ModelViolation> violations) {
        Objects.requireNonNull(violations, "violations");
        List<ModelViolation> sorted = new ArrayList<>(violations);
        sorted.sort(ModelValidator.ORDER);
        return List.copyOf(sorted);
    }

    private static String message(String type, List<ModelViolation> violations) {
        Objects.requireNonNull(type, "type");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidModelException needs at least one violation");
        }
        return "invalid " + type + " (" + violations.size() + (violations.size() == 1 ? " problem" : " problems")
                + "):" + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
    }

    /**
     * Returns every violation found.
     *
     * @return the violations, sorted by path
     */
    public List<ModelViolation> violations() {
        return violations;
    }
}
