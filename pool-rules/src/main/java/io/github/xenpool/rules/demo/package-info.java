/**
 * Sample pools built from real CPUs, and the demo that README's first command runs. Use the
 * samples to try the library; they are fixed values, the same on every run.
 */
package io.github.xenpool.rules.demo;
