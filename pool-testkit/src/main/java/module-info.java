/**
 * QuickTheories generators of xenpool model values, for property-based test suites.
 */
module io.github.xenpool.testkit {
    requires transitive io.github.xenpool.core;
    requires transitive quicktheories;

    exports io.github.xenpool.testkit;
}
