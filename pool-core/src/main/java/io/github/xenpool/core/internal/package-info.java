/**
 * Implementation details of pool-core: reading the data files shipped with it, and making
 * free text printable in messages. Exported to pool-rules only; nothing here is API.
 */
package io.github.xenpool.core.internal;
