/**
 * A consumer of xenpool on the module path: it requires each module by the name users write.
 */
module io.github.xenpool.modulepath {
    requires io.github.xenpool.core;
    requires transitive io.github.xenpool.rules;
    requires io.github.xenpool.testkit;
    requires org.hibernate.validator;
    // What a user of the JSON documents writes: pool-rules requires Jackson only statically.
    requires tools.jackson.databind;

    exports io.github.xenpool.modulepath;

    // What a user of the @JoinableInto bridge writes: Hibernate Validator reads the request.
    opens io.github.xenpool.modulepath to org.hibernate.validator;
}
