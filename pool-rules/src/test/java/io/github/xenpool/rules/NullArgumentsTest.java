package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.sets.RuleSets;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the exported packages of pool-core and pool-rules
 * rejects a null argument with a NullPointerException whose message starts with the name of the
 * parameter, however the other arguments look; only parameters documented to take null accept it.
 */
class NullArgumentsTest {

    private static final Pool POOL = SamplePools.enterpriseIntelPool();
    private static final Host HOST = SamplePools.troubledCandidate();

    /** Sample values per parameter type; a parameter of any other type is given what a factory of its type makes. */
    private static final Map<Class<?>, Supplier<Object>> SAMPLES = new LinkedHashMap<>();

    static {
        sample(String.class, () -> "xs-01");
        sample(CharSequence.class, () -> "xs-01");
        sample(Object.class, () -> "xs-01");
        sample(Pool.class, () -> POOL);
        sample(Host.class, () -> HOST);
        sample(Vm.class, () -> HOST.vms().get(0));
        sample(StorageRepository.class, () -> POOL.sharedStorage().get(0));
        sample(SupplementalPack.class, () -> new SupplementalPack("linux-pack", "1.0"));
        sample(FeatureSet.class, () -> FeatureSet.parse("0000000f"));
        sample(Duration.class, () -> Duration.ofSeconds(1));
        sample(Optional.class, Optional::empty);
        sample(OptionalInt.class, OptionalInt::empty);
        sample(List.class, List::of);
        sample(Collection.class, List::of);
        sample(Iterable.class, List::of);
        sample(Set.class, Set::of);
        sample(SortedSet.class, TreeSet::new);
        sample(Map.class, Map::of);
        sample(Class.class, () -> String.class);
        sample(JoinRule.class, CpuRules::vendor);
        sample(RuleSet.class, RuleSets::xenServer56);
        sample(JoinContext.class, JoinContext::defaults);
        sample(JoinReport.class, () -> RuleSets.xenServer56().evaluate(POOL, HOST));
        sample(Violation.class, () -> RuleSets.xenServer56().evaluate(POOL, HOST).violations().get(0));
        sample(Subject.class, () -> Subject.host(HOST));
        sample(LicenceServer.class, SamplePools::licenceServer);
        sample(ViolationDetails.class, () -> ViolationDetails.NONE);
    }

    private static void sample(Class<?> type, Supplier<Object> value) {
        SAMPLES.put(type, value);
    }

    /** What cannot be checked this way, and why. */
    private static final Set<String> EXEMPT = Set.of(
            // null is a value like any other: it is not equal
            "equals(java.lang.Object)",
            // the demo prints to the console
            "main([Ljava.lang.String;)");

    /** Parameters whose javadoc says that null is accepted, as the test names them. */
    private static final Set<String> NULL_ACCEPTED = Set.of(
            // a record from xe output has no OpaqueRef
            "io.github.xenpool.core.xapi.XapiRecord#of(java.lang.String, java.lang.String, java.util.Map,"
                    + " java.lang.String, java.lang.String) with null ref",
            // an import problem need not come from a parser's exception
            "io.github.xenpool.core.xapi.XapiImportException#new(java.lang.String, java.lang.String,"
                    + " java.lang.String, java.lang.Throwable) with null cause");

    /**
     * Abstract methods of interfaces are contracts of their implementations, user lambdas among
     * them: a rule set checks the arguments before it calls a rule.
     */
    private static boolean isContractOfImplementations(Method method) {
        return method.getDeclaringClass().isInterface() && Modifier.isAbstract(method.getModifiers());
    }

    @Test
    void everyPublicConstructorAndMethodNamesTheParameterThatIsNull() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : exportedClasses()) {
            for (Executable executable : publicExecutables(type)) {
                Parameter[] parameters = executable.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].getType().isPrimitive() || NULL_ACCEPTED.contains(where(executable, i))) {
                        continue;
                    }
                    Optional<String> failure = nullIn(executable, i);
                    if (failure != null) {
                        checked++;
                        failure.ifPresent(failures::add);
                    }
                }
            }
        }
        assertTrue(checked > 300, "only " + checked + " parameters could be checked");
        assertEquals(List.of(), failures, failures.size() + " of " + checked + " parameters:\n"
                + String.join("\n", failures));
    }

    @Test
    void aNullArrayOfFeatureNamesIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> FeatureCatalog.x86().featureSet((String[]) null));
        assertEquals("names", e.getMessage());
    }

    @Test
    void aNullRuleAmongTheRulesOfACompositeIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> JoinRule.allOf("site.all", "everything", (JoinRule) null));
        assertEquals("rules[0] is null (rule group site.all)", e.getMessage());
    }

    @Test
    void aNullLicenceServerIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> JoinContext.defaults().withLicenceServer(null));
        assertEquals("server", e.getMessage());
    }

    /**
     * Calls an executable with null for one parameter.
     *
     * @return null when it cannot be called (no sample for another argument), empty when it
     *     names the parameter, else what is wrong
     */
    private static Optional<String> nullIn(Executable executable, int index) {
        Parameter[] parameters = executable.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            if (i == index) {
                continue;
            }
            Object value = sampleOf(parameters[i].getType());
            if (value == null) {
                return null;
            }
            arguments[i] = value;
        }
        String name = parameters[index].getName();
        String where = where(executable, index);
        try {
            if (executable instanceof Constructor<?> constructor) {
                constructor.newInstance(arguments);
            } else {
                Method method = (Method) executable;
                Object receiver = null;
                if (!Modifier.isStatic(method.getModifiers())) {
                    receiver = sampleOf(method.getDeclaringClass());
                    if (receiver == null) {
                        return null;
                    }
                }
                method.invoke(receiver, arguments);
            }
            return Optional.of(where + ": no exception");
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (!(thrown instanceof NullPointerException)) {
                return Optional.of(where + ": " + thrown);
            }
            String message = String.valueOf(thrown.getMessage());
            return message.equals(name) || message.startsWith(name + " ") || message.startsWith(name + "[")
                    ? Optional.empty() : Optional.of(where + ": NullPointerException \"" + message + "\"");
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Names a parameter: {@code ...JoinContext#withClockTolerance(java.time.Duration) with null tolerance}. */
    private static String where(Executable executable, int index) {
        return executable.getDeclaringClass().getName() + "#" + signature(executable) + " with null "
                + executable.getParameters()[index].getName();
    }

    private static Object sampleOf(Class<?> type) {
        if (type.isPrimitive()) {
            return type == boolean.class ? Boolean.FALSE : type == long.class ? 1L : type == double.class ? 1.0
                    : type == char.class ? 'x' : type == byte.class ? (byte) 1 : type == short.class ? (short) 1 : 1;
        }
        Supplier<Object> known = SAMPLES.get(type);
        if (known != null) {
            return known.get();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isArray()) {
            return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
        }
        return madeBy(type).orElseGet(() -> type.isInterface() && type.getName().startsWith("io.github.xenpool")
                ? Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                }) : null);
    }

    /** A value of the type from a public static factory without arguments, or from a builder of its own. */
    private static Optional<Object> madeBy(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                    && type.isAssignableFrom(method.getReturnType())) {
                try {
                    return Optional.ofNullable(method.invoke(null));
                } catch (ReflectiveOperationException e) {
                    // try the next one
                }
            }
        }
        Class<?> outer = type.getEnclosingClass();
        if (outer != null && type.getSimpleName().equals("Builder")) {
            try {
                return Optional.of(outer.getMethod("builder").invoke(null));
            } catch (ReflectiveOperationException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<Executable> publicExecutables(Class<?> type) {
        List<Executable> executables = new ArrayList<>();
        if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            executables.addAll(Arrays.asList(type.getConstructors()));
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
                    && !EXEMPT.contains(signature(method)) && !isContractOfImplementations(method)
                    && !(type.isEnum() && method.getName().equals("valueOf"))) {
                executables.add(method);
            }
        }
        executables.sort(Comparator.comparing(NullArgumentsTest::signature));
        return executables;
    }

    private static String signature(Executable executable) {
        return (executable instanceof Constructor ? "new" : executable.getName()) + "("
                + String.join(", ", Arrays.stream(executable.getParameterTypes()).map(Class::getName).toList()) + ")";
    }

    private static List<Class<?>> exportedClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.xenpool.core", "io.github.xenpool.rules")) {
            if (javaClass.getPackageName().contains(".internal") || !isPublic(javaClass.reflect())) {
                continue;
            }
            classes.add(javaClass.reflect());
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isSynthetic();
    }
}
