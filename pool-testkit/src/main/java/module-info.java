/**
 * QuickTheories generators of xenpool model values, for property-based test suites.
 */
module io.github.xenpool.testkit {
    requires transitive io.github.xenpool.core;
    requires transitive quicktheories;
    // @API marks each public type's status; it is read from the class files, never needed to run.
    requires static org.apiguardian.api;

    exports io.github.xenpool.testkit;
}
