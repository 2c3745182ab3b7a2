/**
 * The {@code xenpool} command line: checks a join of real pool data, matches a fleet, lists and
 * explains rules and shows what an import made of a file. It runs on picocli, an optional
 * dependency of pool-rules that only this package uses; {@link io.github.xenpool.rules.cli.Xenpool}
 * is its entry point, in a process of its own or in the caller's.
 */
package io.github.xenpool.rules.cli;
