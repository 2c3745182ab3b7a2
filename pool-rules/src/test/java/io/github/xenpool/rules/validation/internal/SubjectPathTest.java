package io.github.xenpool.rules.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Subject.Node;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Paths no rule of the shipped rule sets makes yet: elements in the middle, elements by index. */
class SubjectPathTest {

    /** The bean is invalid at its subject. */
    @Constraint(validatedBy = AtSubjectValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface InvalidAtSubject {
        String message() default "invalid";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Reports the subject of the bean with the mapping of the join bridge. */
    public static final class AtSubjectValidator implements ConstraintValidator<InvalidAtSubject, Request> {

        @Override
        public boolean isValid(Request request, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            JoinableIntoValidator.addViolation(context.buildConstraintViolationWithTemplate("at subject"),
                    request.subject());
            return false;
        }
    }

    @InvalidAtSubject
    record Request(Subject subject) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private ConstraintViolation<Request> at(Node... nodes) {
        Set<ConstraintViolation<Request>> found = validator.validate(new Request(
                new Subject(Subject.Kind.HOST, List.of(nodes), "label")));
        assertEquals(1, found.size(), found::toString);
        return found.iterator().next();
    }

    private static List<String> nodes(ConstraintViolation<?> violation) {
        List<String> found = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            found.add(node.getKind() + " " + node.getName() + (node.isInIterable() ? " in iterable" : "")
                    + (node.getKey() == null ? "" : " key " + node.getKey())
                    + (node.getIndex() == null ? "" : " index " + node.getIndex()));
        }
        return found;
    }

    @Test
    void anElementInTheMiddleKeysTheNodeThatFollowsIt() {
        ConstraintViolation<Request> v = at(Node.property("host"), Node.atKey("vms", "a.b[c]"), Node.property("name"));

        assertEquals("host.vms[a.b[c]].name", v.getPropertyPath().toString());
        assertEquals(List.of("PROPERTY host", "PROPERTY vms", "PROPERTY name in iterable key a.b[c]"), nodes(v));
    }

    @Test
    void anElementByIndexEndsThePathAsABeanNode() {
        ConstraintViolation<Request> v = at(Node.property("pool"), Node.atIndex("members", 2));

        assertEquals("pool.members[2]", v.getPropertyPath().toString());
        assertEquals(List.of("PROPERTY pool", "PROPERTY members", "BEAN null in iterable index 2"), nodes(v));
    }

    @Test
    void aSubjectOutsideTheRequestIsAboutTheRequestItself() {
        ConstraintViolation<Request> v = at(Node.atKey("rule", "site.rack"));

        assertEquals("", v.getPropertyPath().toString());
    }
}
