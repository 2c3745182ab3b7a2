package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What xapi's own {@code pool.join} would answer, as a report of a rule set in xapi's order
 * foresees it ({@link JoinReport#xapiAnswer()}). xapi runs its checks in order and raises the
 * first failure only; xenpool runs them all, so the first blocker that stands for an xapi error,
 * in rule order, is the error xapi raises. When a check before it could not run (a fact it reads
 * is unknown, or the rule failed), xapi might stop there first: the answer is then not certain.
 *
 * <pre>{@code
 * XapiAnswer answer = RuleSets.xapi().evaluate(pool, host).xapiAnswer();
 * answer.error().ifPresent(first -> System.out.println(first.xapiErrorCode().get()
 *         + " " + first.xapiErrorParameters()));   // HOSTS_NOT_HOMOGENEOUS [CPUs differ]
 * }</pre>
 *
 * @param error the violation of the first check that fails, whose {@link Violation#xapiErrorCode()}
 *     and {@link Violation#xapiErrorParameters()} are the error xapi raises; empty when every
 *     check xenpool could run passes
 * @param unchecked the violations of the checks before that one (of every check, when none fails)
 *     that could not run, in rule order: "cannot check" warnings and failed rules
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public record XapiAnswer(Optional<Violation> error, List<Violation> unchecked) {

    /**
     * Checks and copies the components.
     *
     * @param error the first failure
     * @param unchecked the checks before it that could not run
     * @throws IllegalArgumentException if the error stands for no xapi error or does not block
     */
    public XapiAnswer {
        Objects.requireNonNull(error, "error");
        unchecked = List.copyOf(Objects.requireNonNull(unchecked, "unchecked"));
        error.ifPresent(first -> {
            if (first.xapiErrorCode().isEmpty() || !first.isBlocker()) {
                throw new IllegalArgumentException("xapi refuses a join with a blocker that stands for an xapi"
                        + " error; " + first.ruleId() + " gives " + first.severity() + " " + first.xapiErrorCode());
            }
        });
    }

    /**
     * Tells whether xapi refuses the join. It does when a check fails, whatever could not be
     * checked.
     *
     * @return true if a check that xenpool could run fails
     */
    public boolean refuses() {
        return error.isPresent();
    }

    /**
     * Tells whether the answer is certain: every check before the first failure (every check,
     * when none fails) could run.
     *
     * @return true if xapi answers exactly this
     */
    public boolean isCertain() {
        return unchecked.isEmpty();
    }

    /**
     * Says the answer in a sentence.
     *
     * @return such as {@code xapi refuses: HOSTS_NOT_HOMOGENEOUS ["CPUs differ"]}
     */
    @Override
    public String toString() {
        if (error.isEmpty()) {
            return isCertain() ? "xapi accepts the join"
                    : "xapi's answer is not known: " + count(unchecked.size()) + " could not run (" + ids() + ")";
        }
        String raised = XapiError.format(error.get().xapiErrorCode().get(), error.get().xapiErrorParameters());
        if (isCertain()) {
            return "xapi refuses: " + raised;
        }
        return "xapi refuses: " + raised + ", unless " + (unchecked.size() == 1 ? "the check" : "one of the "
                + count(unchecked.size())) + " before it that could not run (" + ids() + ") fails first";
    }

    private static String count(int checks) {
        return checks == 1 ? "1 check" : checks + " checks";
    }

    /** The ids of the checks that could not run, each once, in order. */
    private String ids() {
        return String.join(", ", unchecked.stream().map(Violation::ruleId).distinct().toList());
    }
}
