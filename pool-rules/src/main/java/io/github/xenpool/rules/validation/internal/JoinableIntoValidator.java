package io.github.xenpool.rules.validation.internal;

import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.rules.validation.JoinRequest;
import io.github.xenpool.rules.validation.JoinableInto;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link JoinableInto}: evaluates the rule set and reports each blocker.
 */
public final class JoinableIntoValidator implements ConstraintValidator<JoinableInto, JoinRequest> {

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
        context.disableDefaultConstraintViolation();
        for (Violation blocker : blockers) {
            addViolation(context, blocker);
        }
        return false;
    }

    private static void addViolation(ConstraintValidatorContext context, Violation blocker) {
        ConstraintValidatorContext.ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(
                escape(blocker.ruleId() + ": " + blocker.message()));
        String path = blocker.subject().path();
        if (!path.startsWith("host") && !path.startsWith("pool")) {
            builder.addConstraintViolation();
            return;
        }
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node = null;
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            node = node == null ? builder.addPropertyNode(name) : node.addPropertyNode(name);
            if (bracket >= 0) {
                String key = segment.substring(bracket + 1, segment.length() - 1);
                node.addBeanNode().inIterable().atKey(key).addConstraintViolation();
                return;
            }
        }
        node.addConstraintViolation();
    }

    /** Keeps a message literal: braces, dollar signs and backslashes are template syntax. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
