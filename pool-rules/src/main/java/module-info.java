/**
 * Join rules that decide whether a host may join a XenServer / XCP-ng resource pool, with
 * reports that give every problem at once.
 */
module io.github.xenpool.rules {
    requires transitive io.github.xenpool.core;
    requires transitive io.vavr;
    requires java.logging;
    // Only the @JoinableInto bridge uses Hibernate Validator, and only when its user brings it.
    requires static org.hibernate.validator;
    // Only the command line (io.github.xenpool.rules.cli) uses picocli, and only when it is run.
    requires static info.picocli;
    // The JSON documents (io.github.xenpool.rules.json) are written with Jackson 3's streaming
    // generator, when the application has Jackson; tools.jackson.databind for the module that
    // plugs them into a user's JsonMapper.
    requires static tools.jackson.databind;
    requires static tools.jackson.core;
    // @API marks each public type's status; it is read from the class files, never needed to run.
    requires static transitive org.apiguardian.api;

    exports io.github.xenpool.rules;
    exports io.github.xenpool.rules.cli;
    exports io.github.xenpool.rules.clock;
    exports io.github.xenpool.rules.cpu;
    exports io.github.xenpool.rules.fleet;
    exports io.github.xenpool.rules.json;
    exports io.github.xenpool.rules.licence;
    exports io.github.xenpool.rules.lifecycle;
    exports io.github.xenpool.rules.network;
    exports io.github.xenpool.rules.pool;
    exports io.github.xenpool.rules.security;
    exports io.github.xenpool.rules.sets;
    exports io.github.xenpool.rules.software;
    exports io.github.xenpool.rules.spi;
    exports io.github.xenpool.rules.storage;
    exports io.github.xenpool.rules.validation;
    exports io.github.xenpool.rules.vm;

    // RuleSets.named finds the rule sets of other modules and of the class path by name.
    uses io.github.xenpool.rules.spi.RuleSetProvider;

    // picocli reads the commands' annotated fields and instantiates the commands.
    opens io.github.xenpool.rules.cli to info.picocli;

    // Hibernate Validator instantiates the validator of @JoinableInto.
    opens io.github.xenpool.rules.validation.internal to org.hibernate.validator;
}
