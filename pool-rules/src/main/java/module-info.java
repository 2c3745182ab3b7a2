/**
 * Join rules that decide whether a host may join a XenServer / XCP-ng resource pool, with
 * reports that give every problem at once; and sample pools to try them on.
 */
module io.github.xenpool.rules {
    requires transitive io.github.xenpool.core;
    requires io.vavr;
    requires java.logging;

    exports io.github.xenpool.rules.demo;
}
