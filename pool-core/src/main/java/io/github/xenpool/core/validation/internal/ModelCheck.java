package io.github.xenpool.core.validation.internal;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.ModelValidator;
import io.github.xenpool.core.validation.ModelViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The problems of one value being made: the Jakarta constraints of its own components and the
 * structural rules its constructor checks, gathered so that they are thrown together, each with
 * its property path.
 *
 * <p>Only what is new is checked: components that are model values checked themselves when they
 * were made, so {@code @Valid} is not followed and nothing is validated twice; a component
 * passed on unchanged from a value just checked is not checked again. The validator is
 * reached only when a constraint is checked, so values made while classes initialize (such as
 * {@code HostClock.SYNCHRONIZED}) do not start it.
 */
public final class ModelCheck {

    /**
     * The last value found valid, per type and property. A copy of a value that changes one
     * component (a host with another CPU or membership) passes its other components on as they
     * are, so they are not checked again: the components are immutable and their constraints
     * depend on nothing else.
     */
    private static final ClassValue<Map<String, Object>> LAST_VALID = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private final Class<?> type;
    private final List<ModelViolation> found = new ArrayList<>(0);

    private ModelCheck(Class<?> type) {
        this.type = type;
    }

    /**
     * Starts checking a value of a type.
     *
     * @param type the type being made; its simple name heads the exception
     * @return an empty check
     */
    public static ModelCheck of(Class<?> type) {
        return new ModelCheck(Objects.requireNonNull(type, "type"));
    }

    /**
     * Checks the constraints declared on one of the type's properties.
     *
     * @param property the property, such as {@code hostname}
     * @param value the value it would take; not null
     * @return true if the value meets them
     */
    public boolean constraints(String property, Object value) {
        Map<String, Object> lastValid = LAST_VALID.get(type);
        Object known = lastValid.get(property);
        if (known != null && (known == value || value instanceof Number && value.equals(known))) {
            return true;
        }
        List<ModelViolation> violations = ModelValidator.shared().validateValue(type, property, value);
        if (violations.isEmpty()) {
            lastValid.put(property, value);
        }
        found.addAll(violations);
        return violations.isEmpty();
    }

    /**
     * Records a broken structural rule.
     *
     * @param path where, such as {@code secondaries[2].id}
     * @param invalidValue the offending value
     * @param rule the rule's name, such as {@code UniqueHostIds}; it stands where a constraint's
     *     name would
     * @param message what was expected
     * @return this check
     */
    public ModelCheck structure(String path, Object invalidValue, String rule, String message) {
        found.add(new ModelViolation(path, message, String.valueOf(invalidValue), rule));
        return this;
    }

    /**
     * Adds problems found by another check of the same value, leaving out those at a path this
     * check has covered already.
     *
     * @param violations the other problems
     * @return this check
     */
    public ModelCheck addUncovered(List<ModelViolation> violations) {
        Set<String> covered = new HashSet<>();
        found.forEach(v -> covered.add(v.path()));
        for (ModelViolation violation : violations) {
            if (!covered.contains(violation.path())) {
                found.add(violation);
            }
        }
        return this;
    }

    /**
     * Tells whether nothing was found so far.
     *
     * @return true if the value is valid so far
     */
    public boolean isClean() {
        return found.isEmpty();
    }

    /**
     * Throws every problem found, if there is any.
     *
     * @throws InvalidModelException listing them, sorted by path
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidModelException(type.getSimpleName(), found);
        }
    }
}
