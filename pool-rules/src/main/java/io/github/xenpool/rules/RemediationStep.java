package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One step that fixes a violation. Steps come in order; an automatic step is one a tool can
 * carry out without a person's judgement, such as assigning a licence from a licence server.
 *
 * @param description what to do, in the imperative
 * @param automatic whether a tool can do it on its own
 */
@API(status = STABLE, since = "0.1.0")
public record RemediationStep(String description, boolean automatic) {

    /**
     * Checks the components.
     *
     * @param description what to do
     * @param automatic whether a tool can do it
     * @throws NullPointerException if the description is null
     * @throws IllegalArgumentException if the description is blank
     */
    public RemediationStep {
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("a remediation step needs a description");
        }
    }

    /**
     * A step a person takes.
     *
     * @param description what to do
     * @return the step
     */
    public static RemediationStep manual(String description) {
        return new RemediationStep(description, false);
    }

    /**
     * A step a tool can take on its own.
     *
     * @param description what to do
     * @return the step
     */
    public static RemediationStep automatic(String description) {
        return new RemediationStep(description, true);
    }

    @Override
    public String toString() {
        return automatic ? description + " (automatic)" : description;
    }
}
