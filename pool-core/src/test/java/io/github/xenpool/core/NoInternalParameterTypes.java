package io.github.xenpool.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A public method must not take a parameter of an internal type. */
final class NoInternalParameterTypes extends ArchCondition<JavaMethod> {

    NoInternalParameterTypes() {
        super("take no parameter of an .internal type");
    }

    @Override
    public void check(JavaMethod method, ConditionEvents events) {
        for (JavaClass parameter : method.getRawParameterTypes()) {
            if (parameter.getPackageName().contains(".internal")) {
                events.add(SimpleConditionEvent.violated(method,
                        method.getFullName() + " takes internal type " + parameter.getName()));
            }
        }
    }
}
