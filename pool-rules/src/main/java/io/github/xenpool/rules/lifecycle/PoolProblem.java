package io.github.xenpool.rules.lifecycle;

import io.github.xenpool.core.validation.ModelViolation;
import io.github.xenpool.rules.JoinReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a pool operation was refused: a stable code, a message a person can act on, for a
 * blocked join the whole report, and for input or a result that breaks the model every
 * violation with its property path.
 *
 * @param code the stable code
 * @param message what is wrong and what to do
 * @param report the join report, for {@link ProblemCode#JOIN_BLOCKED}
 * @param violations the model's violations, for {@link ProblemCode#INVALID_INPUT} and
 *     {@link ProblemCode#WOULD_BREAK_POOL}; empty otherwise
 */
public record PoolProblem(ProblemCode code, String message, Optional<JoinReport> report,
        List<ModelViolation> violations) {

    /**
     * Checks and copies the components.
     *
     * @param code the code
     * @param message the message
     * @param report the join report, if any
     * @param violations the model's violations, if any
     * @throws NullPointerException if a component is null
     */
    public PoolProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(report, "report");
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /**
     * Makes a problem without model violations.
     *
     * @param code the code
     * @param message the message
     * @param report the join report, if any
     * @throws NullPointerException if a component is null
     */
    public PoolProblem(ProblemCode code, String message, Optional<JoinReport> report) {
        this(code, message, report, List.of());
    }

    static PoolProblem of(ProblemCode code, String message) {
        return new PoolProblem(code, message, Optional.empty());
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
