/**
 * JSON documents of join reports and fleet answers, with their JSON Schemas: {@link
 * io.github.xenpool.rules.json.ReportJson}, {@link io.github.xenpool.rules.json.FleetJson}, and a
 * Jackson module that gives an application's own mapper the same shapes. Jackson 3 is an optional
 * dependency of pool-rules, needed only here.
 */
package io.github.xenpool.rules.json;
