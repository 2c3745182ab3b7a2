package io.github.xenpool.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The facts a rule needs and does not know, gathered so that the rule reports them in one
 * "cannot check" violation rather than guessing.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class UnknownFacts {

    // Made only once a fact is unknown: the usual answer, every fact known, allocates nothing more.
    private List<String> facts = List.of();
    private Set<String> sources = Set.of();
    private Subject subject;

    /**
     * Notes a fact when it is unknown.
     *
     * @param unknown whether the fact is unknown
     * @param about what the fact is about, for the first unknown fact
     * @param fact the fact, such as {@code the product version of xs-05}
     * @param howToProvide where it comes from
     * @return this
     */
    public UnknownFacts note(boolean unknown, Subject about, String fact, String howToProvide) {
        if (unknown) {
            if (subject == null) {
                subject = about;
                facts = new ArrayList<>(2);
                sources = new LinkedHashSet<>(2);
            }
            facts.add(fact);
            sources.add(howToProvide);
        }
        return this;
    }

    /**
     * Adds to what a rule found in one of a host's lists the "cannot check" of what the list may
     * lack, when the list is incomplete.
     *
     * @param found what the rule found among the entries listed
     * @param host the host
     * @param listing the list the rule reads
     * @param kind the kind of the "cannot check"'s subject
     * @param property the host's property the list is, the subject's last path node (built only
     *     when the list is incomplete, so that the usual case allocates nothing)
     * @param entries what the list holds, in the plural, such as {@code VMs}
     * @param howToProvide where the whole list comes from
     * @param ruleId the rule's id
     * @return {@code found}, with one WARNING more when the list is incomplete
     */
    public static List<Violation> withIncompleteList(List<Violation> found, Host host, Host.Listing listing,
            Subject.Kind kind, String property, String entries, String howToProvide, String ruleId) {
        if (host.isComplete(listing)) {
            return found;
        }
        // What the list holds is reported; what it may lack, the rule cannot check.
        List<Violation> all = new ArrayList<>(found);
        all.addAll(new UnknownFacts().note(true, Subject.of(kind, host, property), "whether "
                + Text.name(host.hostname()) + " has " + entries + " besides those listed", howToProvide)
                .cannotCheck(ruleId));
        return all;
    }

    /**
     * Makes the one violation that says which facts are unknown.
     *
     * @param ruleId the rule's id
     * @return the WARNING, or nothing when every fact is known
     */
    public List<Violation> cannotCheck(String ruleId) {
        return facts.isEmpty() ? List.of()
                : List.of(Violation.cannotCheck(ruleId, subject, String.join(" and ", facts),
                        String.join(" and ", sources)));
    }
}
