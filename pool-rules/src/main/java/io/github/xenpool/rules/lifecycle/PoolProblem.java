package io.github.xenpool.rules.lifecycle;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.rules.JoinReport;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a pool operation was refused: a stable code, a message a person can act on, and for a
 * blocked join the whole report.
 *
 * @param code the stable code
 * @param message what is wrong and what to do
 * @param report the join report, for {@link ProblemCode#JOIN_BLOCKED}
 */
@API(status = MAINTAINED, since = "0.1.0")
public record PoolProblem(ProblemCode code, String message, Optional<JoinReport> report) {

    /**
     * Checks the components.
     *
     * @param code the code
     * @param message the message
     * @param report the join report, if any
     * @throws NullPointerException if a component is null
     */
    public PoolProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(report, "report");
    }

    static PoolProblem of(ProblemCode code, String message) {
        return new PoolProblem(code, message, Optional.empty());
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
