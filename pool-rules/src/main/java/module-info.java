/**
 * Join rules that decide whether a host may join a XenServer / XCP-ng resource pool, with
 * reports that give every problem at once; and sample pools to try them on.
 */
module io.github.xenpool.rules {
    requires transitive io.github.xenpool.core;
    requires transitive io.vavr;
    requires java.logging;
    requires org.hibernate.validator;

    exports io.github.xenpool.rules;
    exports io.github.xenpool.rules.clock;
    exports io.github.xenpool.rules.cpu;
    exports io.github.xenpool.rules.demo;
    exports io.github.xenpool.rules.fleet;
    exports io.github.xenpool.rules.licence;
    exports io.github.xenpool.rules.lifecycle;
    exports io.github.xenpool.rules.network;
    exports io.github.xenpool.rules.pool;
    exports io.github.xenpool.rules.sets;
    exports io.github.xenpool.rules.software;
    exports io.github.xenpool.rules.storage;
    exports io.github.xenpool.rules.validation;
    exports io.github.xenpool.rules.vm;

    // Hibernate Validator instantiates the validator of @JoinableInto.
    opens io.github.xenpool.rules.validation.internal to org.hibernate.validator;
}
