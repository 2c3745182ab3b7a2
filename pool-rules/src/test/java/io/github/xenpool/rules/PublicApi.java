package io.github.xenpool.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules that keep a module's public API marked with its status and free of internal types,
 * read from the module's own descriptor so that a newly exported package is covered at once.
 *
 * <p>The API of a module is every public type (nested ones too, when their enclosing types are
 * public) of a package the module exports to everyone, unless the type is marked
 * {@code INTERNAL}. A type is internal when it lives in an {@code .internal} package or is marked
 * {@code INTERNAL}. pool-core keeps a twin of this class for its own classes.
 */
final class PublicApi {

    private static final String API = "org.apiguardian.api.API";

    private final String moduleName;
    private final Set<String> exportedToEveryone;
    private final Set<String> exportedAtAll;

    private PublicApi(ModuleDescriptor descriptor) {
        this.moduleName = descriptor.name();
        if (descriptor.isAutomatic()) {
            this.exportedToEveryone = Set.copyOf(descriptor.packages());
            this.exportedAtAll = exportedToEveryone;
            return;
        }
        this.exportedToEveryone = descriptor.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toUnmodifiableSet());
        this.exportedAtAll = descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The API of a module that has no descriptor but names itself in its manifest: on the module
     * path it is an automatic module, which exports every package it has.
     */
    static PublicApi ofAutomaticModule(String moduleName, Set<String> packages) {
        return new PublicApi(ModuleDescriptor.newAutomaticModule(moduleName).packages(packages).build());
    }

    /** The API of the named module, whose compiled descriptor is on the class path. */
    static PublicApi of(String moduleName) {
        try {
            Enumeration<URL> descriptors = PublicApi.class.getClassLoader().getResources("module-info.class");
            for (URL url : Collections.list(descriptors)) {
                try (InputStream in = url.openStream()) {
                    ModuleDescriptor descriptor = ModuleDescriptor.read(in);
                    if (descriptor.name().equals(moduleName)) {
                        return new PublicApi(descriptor);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no compiled module-info of " + moduleName + " on the class path");
    }

    /** Every public type states its status, so a user knows what they may rely on. */
    ArchRule everyPublicTypeStatesItsStatus() {
        return classes().that(arePublicTypes()).and(resideIn(exportedAtAll))
                .should().beAnnotatedWith(API)
                .because("a user of " + moduleName + " must see what each type promises (@API status and since)");
    }

    /** A public type outside the packages exported to everyone is public for the modules' sake only. */
    ArchRule publicTypesOutsideTheExportsAreInternal() {
        return classes().that(arePublicTypes()).and(DescribedPredicate.not(resideIn(exportedToEveryone)))
                .should(haveStatus("INTERNAL"))
                .because("only the packages " + moduleName + " exports to everyone are its API")
                .allowEmptyShould(true);
    }

    /**
     * No signature of the API names an internal type: not the return type, a parameter type, a
     * declared exception or a public field's type of a public method, constructor or field, type
     * arguments included.
     */
    ArchRule theApiNamesNoInternalType() {
        return classes().that(areApiTypes())
                .should(nameInSignatures("no internal type", PublicApi::isInternal))
                .because("a user cannot rely on what " + moduleName + " may change at any time");
    }

    /**
     * A {@code STABLE} type's signatures name no {@code EXPERIMENTAL} or {@code INTERNAL} type,
     * except in a member that is itself marked with a weaker {@code @API} status, and except the
     * exposures listed, each as "member: type" with fully qualified names.
     */
    ArchRule stableTypesNameNoExperimentalOrInternalType(Set<String> knownExposures) {
        return classes().that(areApiTypes()).and(haveTheStatus("STABLE"))
                .should(nameInSignatures("no EXPERIMENTAL or INTERNAL type, but for the known exposures",
                        member -> !member.isAnnotatedWith(API),
                        type -> isInternal(type) || statusOf(type).filter("EXPERIMENTAL"::equals).isPresent(),
                        knownExposures))
                .because("a stable promise cannot rest on a type that may change in any release");
    }

    private static DescribedPredicate<JavaClass> arePublicTypes() {
        return DescribedPredicate.describe("are public types", PublicApi::isPublicType);
    }

    private static boolean isPublicType(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC)
                && type.getEnclosingClass().map(PublicApi::isPublicType).orElse(true);
    }

    private DescribedPredicate<JavaClass> areApiTypes() {
        return DescribedPredicate.describe("are API types of " + moduleName,
                type -> isPublicType(type) && exportedToEveryone.contains(type.getPackageName()) && !isInternal(type));
    }

    private static DescribedPredicate<JavaClass> resideIn(Set<String> packages) {
        return DescribedPredicate.describe("reside in " + new TreeSet<>(packages),
                type -> packages.contains(type.getPackageName()));
    }

    private static DescribedPredicate<JavaClass> haveTheStatus(String status) {
        return DescribedPredicate.describe("are @API(status = " + status + ")",
                type -> statusOf(type).filter(status::equals).isPresent());
    }

    private static ArchCondition<JavaClass> haveStatus(String status) {
        return new ArchCondition<>("be @API(status = " + status + ")") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean satisfied = statusOf(type).filter(status::equals).isPresent();
                events.add(new SimpleConditionEvent(type, satisfied, type.getName() + " is "
                        + statusOf(type).map(s -> "@API(status = " + s + ")").orElse("not marked with @API")));
            }
        };
    }

    private static ArchCondition<JavaClass> nameInSignatures(String what, Predicate<JavaClass> forbidden) {
        return nameInSignatures(what, member -> true, forbidden, Set.of());
    }

    private static ArchCondition<JavaClass> nameInSignatures(String what, Predicate<JavaMember> checked,
            Predicate<JavaClass> forbidden, Set<String> allowed) {
        return new ArchCondition<>("name " + what + " in a public signature") {
            private final Set<String> seen = new LinkedHashSet<>();

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                publicMembers(type).filter(checked).forEach(member -> typesNamedBy(member).filter(forbidden).forEach(named -> {
                    String exposure = member.getFullName() + ": " + named.getName();
                    seen.add(exposure);
                    if (!allowed.contains(exposure)) {
                        events.add(SimpleConditionEvent.violated(member, exposure + " "
                                + statusOf(named).map(s -> "(@API(status = " + s + "))").orElse("(internal package)")));
                    }
                }));
            }

            @Override
            public void finish(ConditionEvents events) {
                for (String exposure : allowed) {
                    if (!seen.contains(exposure)) {
                        events.add(SimpleConditionEvent.violated(exposure,
                                "known exposure " + exposure + " is gone: remove it from the list"));
                    }
                }
            }
        };
    }

    private static Stream<JavaMember> publicMembers(JavaClass type) {
        return Stream.concat(type.getCodeUnits().stream(), type.getFields().stream())
                .map(JavaMember.class::cast)
                .filter(member -> member.getModifiers().contains(JavaModifier.PUBLIC));
    }

    private static Stream<JavaClass> typesNamedBy(JavaMember member) {
        Stream<JavaClass> named;
        if (member instanceof JavaCodeUnit codeUnit) {
            named = Stream.of(
                    codeUnit.getReturnType().getAllInvolvedRawTypes().stream(),
                    codeUnit.getParameterTypes().stream().flatMap(p -> p.getAllInvolvedRawTypes().stream()),
                    codeUnit.getExceptionTypes().stream()).flatMap(s -> s);
        } else {
            named = ((JavaField) member).getType().getAllInvolvedRawTypes().stream();
        }
        return named.map(JavaClass::getBaseComponentType).distinct();
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().contains(".internal") || statusOf(type).filter("INTERNAL"::equals).isPresent();
    }

    private static Optional<String> statusOf(JavaClass type) {
        return type.tryGetAnnotationOfType(API).flatMap(api -> api.get("status"))
                .map(status -> ((JavaEnumConstant) status).name());
    }
}
