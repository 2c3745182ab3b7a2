package io.github.xenpool.core.validation.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.validation.ModelViolation;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Checks the Jakarta Validation constraints declared on model values when no Bean Validation
 * provider is present, so that the model never depends on one to refuse an invalid value.
 *
 * <p>The constraints stay the one statement of each rule: this reads the same annotations that
 * Hibernate Validator reads, and reports with the same property paths, messages and constraint
 * names (a test compares the two on every model type). It knows the subset of Jakarta
 * Validation that the model uses: constraints on fields and record components, on the elements
 * of {@code Optional}, {@code List} and {@code Set} (an {@code Optional} of a collection too), on {@code OptionalInt}, composed constraints
 * (with or without {@code @ReportAsSingleViolation}) and the built-in constraints listed in
 * {@link #check(Annotation, Object)}; {@code @Valid} cascades into fields and elements. Any other
 * built-in constraint fails loudly instead of passing unchecked.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DeclaredConstraints implements ConstraintChecks {

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    /** Makes the checks; they hold no state of their own. */
    public DeclaredConstraints() {
    }

    @Override
    public List<ModelViolation> validate(Object value) {
        List<ModelViolation> found = new ArrayList<>();
        checkBean(value, "", found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    @Override
    public List<ModelViolation> validateValue(Class<?> type, String property, Object value) {
        Field field = fields(type).stream()
                .filter(f -> f.getName().equals(property))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no property " + property));
        List<ModelViolation> found = new ArrayList<>();
        checkProperty(field, value, property, found, null);
        return found;
    }

    private static void checkBean(Object bean, String path, List<ModelViolation> found, Set<Object> seen) {
        if (!seen.add(bean)) {
            return;
        }
        for (Field field : fields(bean.getClass())) {
            String fieldPath = path.isEmpty() ? field.getName() : path + "." + field.getName();
            checkProperty(field, read(field, bean), fieldPath, found, seen);
        }
        seen.remove(bean);
    }

    /** Checks a property's value; {@code seen} is null when {@code @Valid} is not to be followed. */
    private static void checkProperty(Field field, Object value, String path, List<ModelViolation> found,
            Set<Object> seen) {
        for (Annotation annotation : field.getAnnotations()) {
            if (isConstraint(annotation)) {
                checkConstraint(annotation, unwrapByDefault(value), path, found);
            }
        }
        checkContainerElements(field.getAnnotatedType(), value, path, found, seen);
        if (seen != null && field.isAnnotationPresent(Valid.class)) {
            cascade(value, path, found, seen);
        }
    }

    private static void checkContainerElements(AnnotatedType type, Object value, String path,
            List<ModelViolation> found, Set<Object> seen) {
        if (!(type instanceof AnnotatedParameterizedType parameterized) || value == null) {
            return;
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        if (arguments.length != 1) {
            return;
        }
        AnnotatedType element = arguments[0];
        if (value instanceof Optional<?> nested && element instanceof AnnotatedParameterizedType) {
            // Optional<Set<@NotBlank String>>: the constraints are on the elements of the contained
            // collection, and Hibernate Validator reports them at the Optional's own path.
            if (nested.isPresent()) {
                checkContainerElements(element, nested.get(), path, found, seen);
            }
            return;
        }
        boolean cascades = seen != null && element.isAnnotationPresent(Valid.class);
        List<Annotation> constraints = new ArrayList<>();
        for (Annotation annotation : element.getAnnotations()) {
            if (isConstraint(annotation)) {
                constraints.add(annotation);
            }
        }
        if (constraints.isEmpty() && !cascades) {
            return;
        }
        if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                constraints.forEach(c -> checkConstraint(c, optional.get(), path, found));
                if (cascades) {
                    checkBean(optional.get(), path, found, seen);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkElement(list.get(i), path + "[" + i + "]", "<list element>", constraints, cascades, found, seen);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                checkElement(item, path + "[]", "<iterable element>", constraints, cascades, found, seen);
            }
        } else {
            throw unsupported("constraints on the elements of a " + value.getClass().getName() + " at " + path);
        }
    }

    private static void checkElement(Object item, String path, String elementNode, List<Annotation> constraints,
            boolean cascades, List<ModelViolation> found, Set<Object> seen) {
        constraints.forEach(c -> checkConstraint(c, item, path + "." + elementNode, found));
        if (cascades && item != null) {
            checkBean(item, path, found, seen);
        }
    }

    private static void cascade(Object value, String path, List<ModelViolation> found, Set<Object> seen) {
        if (value == null) {
            return;
        }
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> checkBean(v, path, found, seen));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    checkBean(list.get(i), path + "[" + i + "]", found, seen);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (item != null) {
                    checkBean(item, path + "[]", found, seen);
                }
            }
        } else {
            checkBean(value, path, found, seen);
        }
    }

    /** Like Hibernate Validator, constraints on an optional number apply to the number. */
    private static Object unwrapByDefault(Object value) {
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? optional.getAsInt() : null;
        }
        if (value instanceof OptionalLong optional) {
            return optional.isPresent() ? optional.getAsLong() : null;
        }
        return value;
    }

    private static void checkConstraint(Annotation constraint, Object value, String path, List<ModelViolation> found) {
        if (!isSatisfied(constraint, value, path, found)) {
            found.add(new ModelViolation(path, message(constraint), String.valueOf(value),
                    constraint.annotationType().getSimpleName()));
        }
    }

    /**
     * Tells whether a value satisfies a constraint. The violations of composing constraints go
     * to {@code found} unless the constraint reports them as a single violation: then any of
     * them makes the whole constraint fail.
     */
    private static boolean isSatisfied(Annotation constraint, Object value, String path, List<ModelViolation> found) {
        Class<? extends Annotation> type = constraint.annotationType();
        if (type.getPackageName().equals(NotNull.class.getPackageName())) {
            return check(constraint, value);
        }
        boolean single = type.isAnnotationPresent(ReportAsSingleViolation.class);
        boolean satisfied = true;
        for (Annotation composing : type.getAnnotations()) {
            if (!isConstraint(composing)) {
                continue;
            }
            if (single) {
                satisfied &= isSatisfied(composing, value, path, new ArrayList<>());
            } else {
                checkConstraint(composing, value, path, found);
            }
        }
        for (Class<? extends ConstraintValidator<?, ?>> validatorType : type.getAnnotation(Constraint.class)
                .validatedBy()) {
            satisfied &= validate(validatorType, constraint, value);
        }
        return satisfied;
    }

    /**
     * Checks one of the built-in constraints that the model uses: {@code NotNull},
     * {@code NotBlank}, {@code NotEmpty}, {@code Size}, {@code Pattern}, {@code Min},
     * {@code Max}, {@code Positive} and {@code PositiveOrZero}.
     */
    private static boolean check(Annotation constraint, Object value) {
        if (constraint instanceof NotNull) {
            return value != null;
        }
        if (constraint instanceof NotBlank) {
            return value != null && !value.toString().isBlank();
        }
        if (constraint instanceof NotEmpty) {
            return value != null && size(value) > 0;
        }
        if (value == null) {
            return true;
        }
        if (constraint instanceof Size size) {
            int length = size(value);
            return length >= size.min() && length <= size.max();
        }
        if (constraint instanceof Pattern pattern) {
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            return java.util.regex.Pattern.compile(pattern.regexp(), flags).matcher(value.toString()).matches();
        }
        if (constraint instanceof Min min) {
            return number(value, constraint) >= min.value();
        }
        if (constraint instanceof Max max) {
            return number(value, constraint) <= max.value();
        }
        if (constraint instanceof Positive) {
            return number(value, constraint) > 0;
        }
        if (constraint instanceof PositiveOrZero) {
            return number(value, constraint) >= 0;
        }
        throw unsupported("@" + constraint.annotationType().getSimpleName());
    }

    private static int size(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        throw unsupported("@Size or @NotEmpty on a " + value.getClass().getName());
    }

    private static long number(Object value, Annotation constraint) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw unsupported("@" + constraint.annotationType().getSimpleName() + " on a " + value.getClass().getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean validate(Class<? extends ConstraintValidator<?, ?>> validatorType, Annotation constraint,
            Object value) {
        try {
            ConstraintValidator validator = validatorType.getDeclaredConstructor().newInstance();
            validator.initialize(constraint);
            // The model's validators decide from the value alone and never use the context.
            return validator.isValid(value, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the validator " + validatorType.getName(), e);
        }
    }

    private static String message(Annotation constraint) {
        String template = attribute(constraint, "message").toString();
        String prefix = "{jakarta.validation.constraints.";
        if (template.startsWith(prefix) && template.endsWith(".message}")) {
            template = DEFAULT_MESSAGES.get(template.substring(prefix.length(), template.length() - ".message}".length()));
            if (template == null) {
                throw unsupported("the default message of @" + constraint.annotationType().getSimpleName());
            }
        }
        StringBuilder message = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                message.append(template, at, template.length());
                break;
            }
            message.append(template, at, open);
            String name = template.substring(open + 1, close);
            message.append(hasAttribute(constraint, name) ? attribute(constraint, name) : "{" + name + "}");
            at = close + 1;
        }
        return message.toString();
    }

    /** The English messages of Jakarta Validation's constraints, as Hibernate Validator words them. */
    private static final Map<String, String> DEFAULT_MESSAGES = Map.of(
            "NotNull", "must not be null",
            "NotBlank", "must not be blank",
            "NotEmpty", "must not be empty",
            "Size", "size must be between {min} and {max}",
            "Pattern", "must match \"{regexp}\"",
            "Min", "must be greater than or equal to {value}",
            "Max", "must be less than or equal to {value}",
            "Positive", "must be greater than 0",
            "PositiveOrZero", "must be greater than or equal to 0");

    private static boolean hasAttribute(Annotation annotation, String name) {
        try {
            annotation.annotationType().getMethod(name);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object attribute(Annotation annotation, String name) {
        try {
            Method method = annotation.annotationType().getMethod(name);
            return method.invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + annotation, e);
        }
    }

    private static boolean isConstraint(Annotation annotation) {
        return annotation.annotationType().isAnnotationPresent(Constraint.class);
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, DeclaredConstraints::declaredFields);
    }

    private static List<Field> declaredFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    try {
                        field.setAccessible(true);
                    } catch (RuntimeException e) {
                        throw unsupported("the fields of " + type.getName() + ", which are not open to xenpool");
                    }
                    fields.add(field);
                }
            }
        }
        return List.copyOf(fields);
    }

    private static Object read(Field field, Object bean) {
        try {
            return field.get(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static IllegalStateException unsupported(String what) {
        return new IllegalStateException("Without a Bean Validation provider xenpool cannot check " + what
                + "; add Hibernate Validator to the class path or module path");
    }
}
