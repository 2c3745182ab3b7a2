/**
 * Implementation details of pool-core: reading the data files shipped with it. Not
 * exported; nothing here is API.
 */
package io.github.xenpool.core.internal;
