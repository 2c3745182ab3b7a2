package io.github.xenpool.rules.validation.internal;

import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.rules.validation.JoinRequest;
import io.github.xenpool.rules.validation.JoinableInto;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link JoinableInto}: evaluates the rule set and reports each blocker, at the property
 * path its subject's nodes make, with the blocker as the dynamic payload.
 */
public final class JoinableIntoValidator implements ConstraintValidator<JoinableInto, JoinRequest> {

    /** The properties of a {@link JoinRequest}; a subject rooted elsewhere is about the request. */
    private static final Set<String> REQUEST_PROPERTIES = Set.of("pool", "host");

    private RuleSet ruleSet;

    /** Makes the validator; Jakarta Validation calls it. */
    public JoinableIntoValidator() {
    }

    @Override
    public void initialize(JoinableInto annotation) {
        this.ruleSet = RuleSets.named(annotation.ruleSet());
    }

    @Override
    public boolean isValid(JoinRequest request, ConstraintValidatorContext context) {
        if (request == null || request.pool() == null || request.host() == null) {
            return true;
        }
        JoinReport report = ruleSet.evaluate(request.pool(), request.host());
        List<Violation> blockers = report.blockers();
        if (blockers.isEmpty()) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        for (Violation blocker : blockers) {
            // The payload is taken when the violation is added, so each one gets its own blocker.
            hibernate.withDynamicPayload(blocker);
            addViolation(hibernate.buildConstraintViolationWithTemplate(
                    escape(blocker.ruleId() + ": " + blocker.message())), blocker.subject());
        }
        return false;
    }

    /**
     * Adds the violation at the subject's path, node by node: a property node for each name, and
     * the key or index of an element on the node that follows it (a bean node when the element
     * ends the path), as Jakarta Validation places an element of a container. A subject that does
     * not start at a property of the request ({@code rule[<id>]}) is about the request itself.
     *
     * @param builder the violation, message set
     * @param subject where it goes
     */
    static void addViolation(ConstraintViolationBuilder builder, Subject subject) {
        List<Subject.Node> nodes = subject.nodes();
        if (!REQUEST_PROPERTIES.contains(nodes.get(0).name())) {
            builder.addConstraintViolation();
            return;
        }
        Position position = Position.of(builder);
        Subject.Node container = null;
        for (Subject.Node node : nodes) {
            NodeBuilderCustomizableContext property = position.addPropertyNode(node.name());
            position = container == null ? Position.of(property) : Position.of(elementOf(property.inIterable(), container));
            container = node.isElement() ? node : null;
        }
        if (container == null) {
            position.addConstraintViolation();
            return;
        }
        LeafNodeContextBuilder element = position.addBeanNode().inIterable();
        if (container.key().isPresent()) {
            element.atKey(container.key().get()).addConstraintViolation();
        } else {
            element.atIndex(container.index().getAsInt()).addConstraintViolation();
        }
    }

    private static NodeBuilderDefinedContext elementOf(NodeContextBuilder node, Subject.Node container) {
        return container.key().isPresent() ? node.atKey(container.key().get())
                : node.atIndex(container.index().getAsInt());
    }

    /** Where the next node of a path goes: the builder's context types share these operations but no type. */
    private record Position(
            Function<String, NodeBuilderCustomizableContext> property,
            Supplier<LeafNodeBuilderCustomizableContext> bean,
            Supplier<ConstraintValidatorContext> add) {

        static Position of(ConstraintViolationBuilder builder) {
            return new Position(builder::addPropertyNode, builder::addBeanNode, builder::addConstraintViolation);
        }

        static Position of(NodeBuilderCustomizableContext node) {
            return new Position(node::addPropertyNode, node::addBeanNode, node::addConstraintViolation);
        }

        static Position of(NodeBuilderDefinedContext node) {
            return new Position(node::addPropertyNode, node::addBeanNode, node::addConstraintViolation);
        }

        NodeBuilderCustomizableContext addPropertyNode(String name) {
            return property.apply(name);
        }

        LeafNodeBuilderCustomizableContext addBeanNode() {
            return bean.get();
        }

        void addConstraintViolation() {
            add.get();
        }
    }

    /** Keeps a message literal: braces, dollar signs and backslashes are template syntax. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
