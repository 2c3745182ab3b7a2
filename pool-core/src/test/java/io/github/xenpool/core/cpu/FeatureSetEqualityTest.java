package io.github.xenpool.core.cpu;

import static io.github.xenpool.core.Theories.qt;
import static io.github.xenpool.core.cpu.FeatureSetGen.featureSets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When two feature sets are the same set, and how a superset relates to the sets it covers. */
class FeatureSetEqualityTest {

    @Test
    void aSetWithAFeatureTheOtherLacksIsNotASupersetOfIt() {
        FeatureSet sse = FeatureSet.of(0, 1);
        FeatureSet sseAndAvx = FeatureSet.of(0, 1, 40);

        assertTrue(sseAndAvx.isSupersetOf(sse));
        assertFalse(sse.isSupersetOf(sseAndAvx));
        assertFalse(FeatureSet.of(3).isSupersetOf(FeatureSet.of(4)));
        assertTrue(FeatureSet.of(3).isSupersetOf(FeatureSet.EMPTY));
    }

    @Test
    void supersetIsSubsetTheOtherWayRound() {
        qt(2_000).forAll(featureSets(), featureSets())
                .check((a, b) -> a.isSupersetOf(b) == b.isSubsetOf(a));
    }

    @Test
    void setsDifferingInOneFeatureAreNotEqual() {
        assertNotEquals(FeatureSet.of(1, 2), FeatureSet.of(1, 3));
        assertNotEquals(FeatureSet.of(1, 2), FeatureSet.of(1, 2, 100));
        assertNotEquals(FeatureSet.of(1, 2, 100), FeatureSet.of(1, 2));
        assertNotEquals(FeatureSet.of(64, 70), FeatureSet.of(64, 71));
    }

    @Test
    void aFeatureSetIsNeverEqualToSomethingElse() {
        FeatureSet set = FeatureSet.parse("078bfbfd-00982201");

        assertNotEquals(set, "078bfbfd-00982201");
        assertNotEquals(set, set.words());
        assertFalse(set.equals(null));
    }

    @Test
    void equalSetsOfDifferentLengthsHaveEqualHashCodes() {
        FeatureSet short1 = FeatureSet.parse("0000000f");
        FeatureSet long1 = FeatureSet.parse("0000000f-00000000-00000000");

        assertEquals(short1, long1);
        assertEquals(short1.hashCode(), long1.hashCode());
    }

    @Test
    void hashCodesTellApartTheFeaturesOfAWord() {
        Set<Integer> hashes = new HashSet<>();
        for (int index = 0; index < FeatureSet.BITS_PER_WORD; index++) {
            hashes.add(FeatureSet.of(index).hashCode());
            hashes.add(FeatureSet.of(2 * FeatureSet.BITS_PER_WORD + index).hashCode());
        }

        assertEquals(2 * FeatureSet.BITS_PER_WORD, hashes.size());
    }

    @Test
    void equalityAgreesWithHashCodes() {
        qt(2_000).forAll(featureSets(), featureSets())
                .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
    }
}
