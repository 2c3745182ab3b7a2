/**
 * Implementation details of pool-rules: rule combinators, rule failures and report rendering.
 * Not exported; nothing here is API.
 */
package io.github.xenpool.rules.internal;
