package io.github.xenpool.core.software;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An unmodifiable sorted map that finds a key by its hash: read in key order as the
 * {@link TreeMap} it copies, looked up as a hash map whose values are made optional once, so that
 * {@link #find(String)} allocates nothing. Every join check reads a host's
 * {@code software_version} several times by key; a tree compares the key with the others on the
 * way down, a hash index once.
 *
 * <p>Equal to, and with the hash code and text of, any map of the same entries, as a
 * {@code TreeMap} is. Looking up {@code null} throws {@link NullPointerException}, as the tree
 * does; every change throws {@link UnsupportedOperationException}.
 */
final class IndexedSortedMap extends AbstractMap<String, String> implements SortedMap<String, String> {

    private final SortedMap<String, String> sorted;
    private final Map<String, Optional<String>> index;

    /**
     * Takes the tree, which no one else may change afterwards.
     *
     * @param tree the entries, in natural key order, no key or value null
     */
    IndexedSortedMap(TreeMap<String, String> tree) {
        this.sorted = Collections.unmodifiableSortedMap(tree);
        Map<String, Optional<String>> optional = new HashMap<>();
        tree.forEach((key, value) -> optional.put(key, Optional.of(value)));
        this.index = Map.copyOf(optional);
    }

    /**
     * Finds a value.
     *
     * @param key the key
     * @return the value, or empty when the key is absent
     */
    Optional<String> find(String key) {
        Optional<String> value = index.get(Objects.requireNonNull(key, "key"));
        return value != null ? value : Optional.empty();
    }

    @Override
    public String get(Object key) {
        Optional<String> value = index.get(Objects.requireNonNull(key, "key"));
        return value != null ? value.get() : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return index.containsKey(Objects.requireNonNull(key, "key"));
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return sorted.entrySet();
    }

    @Override
    public Set<String> keySet() {
        return sorted.keySet();
    }

    @Override
    public Collection<String> values() {
        return sorted.values();
    }

    @Override
    public Comparator<? super String> comparator() {
        return sorted.comparator();
    }

    @Override
    public SortedMap<String, String> subMap(String fromKey, String toKey) {
        return sorted.subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<String, String> headMap(String toKey) {
        return sorted.headMap(toKey);
    }

    @Override
    public SortedMap<String, String> tailMap(String fromKey) {
        return sorted.tailMap(fromKey);
    }

    @Override
    public String firstKey() {
        return sorted.firstKey();
    }

    @Override
    public String lastKey() {
        return sorted.lastKey();
    }

    @Override
    public String put(String key, String value) {
        throw unmodifiable();
    }

    @Override
    public String remove(Object key) {
        throw unmodifiable();
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> entries) {
        throw unmodifiable();
    }

    @Override
    public void clear() {
        throw unmodifiable();
    }

    @Override
    public String putIfAbsent(String key, String value) {
        throw unmodifiable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw unmodifiable();
    }

    @Override
    public boolean replace(String key, String oldValue, String newValue) {
        throw unmodifiable();
    }

    @Override
    public String replace(String key, String value) {
        throw unmodifiable();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super String, ? extends String> function) {
        throw unmodifiable();
    }

    @Override
    public String computeIfAbsent(String key, Function<? super String, ? extends String> mapping) {
        throw unmodifiable();
    }

    @Override
    public String computeIfPresent(String key,
            BiFunction<? super String, ? super String, ? extends String> remapping) {
        throw unmodifiable();
    }

    @Override
    public String compute(String key, BiFunction<? super String, ? super String, ? extends String> remapping) {
        throw unmodifiable();
    }

    @Override
    public String merge(String key, String value,
            BiFunction<? super String, ? super String, ? extends String> remapping) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("a software_version cannot be changed");
    }
}
