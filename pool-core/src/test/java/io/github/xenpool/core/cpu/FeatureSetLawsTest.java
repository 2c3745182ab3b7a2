package io.github.xenpool.core.cpu;

import static io.github.xenpool.core.Theories.qt;
import static io.github.xenpool.core.cpu.FeatureSetGen.featureSets;
import static io.github.xenpool.core.cpu.FeatureSetGen.longFeatureSets;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The algebra of feature sets, over sets of mixed lengths. */
class FeatureSetLawsTest {

    private static final int EXAMPLES = 2_000;

    @Test
    void intersectionIsCommutative() {
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> a.intersect(b).equals(b.intersect(a)));
    }

    @Test
    void intersectionIsAssociative() {
        qt(EXAMPLES).forAll(featureSets(), featureSets(), featureSets())
                .check((a, b, c) -> a.intersect(b).intersect(c).equals(a.intersect(b.intersect(c))));
    }

    @Test
    void intersectionIsIdempotent() {
        qt(EXAMPLES).forAll(featureSets()).check(a -> a.intersect(a).equals(a));
    }

    @Test
    void unionIsCommutativeAndAssociative() {
        qt(EXAMPLES).forAll(featureSets(), featureSets(), featureSets())
                .check((a, b, c) -> a.union(b).equals(b.union(a))
                        && a.union(b).union(c).equals(a.union(b.union(c))));
    }

    @Test
    void intersectionAbsorbsUnionAndUnionAbsorbsIntersection() {
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> a.intersect(a.union(b)).equals(a) && a.union(a.intersect(b)).equals(a));
    }

    @Test
    void subsetIffIntersectionIsItself() {
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> a.isSubsetOf(b) == a.intersect(b).equals(a));
    }

    @Test
    void everySetIsASubsetOfItsUnionsAndASupersetOfItsIntersections() {
        // Random pairs are rarely subsets of each other, so this states the positive side directly.
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> a.isSubsetOf(a.union(b)) && a.intersect(b).isSubsetOf(a)
                        && a.isSupersetOf(a.intersect(b)) && a.union(b).isSupersetOf(b));
    }

    @Test
    void equalityUnderAMaskIsEqualityOfTheMaskedSets() {
        qt(EXAMPLES).forAll(featureSets(), featureSets(), featureSets())
                .check((a, b, hidden) -> a.equalsUnderMask(b, FeatureMask.hiding(hidden))
                        == a.minus(hidden).equals(b.minus(hidden))
                        && a.equalsUnderMask(a.minus(hidden).union(b.intersect(hidden)), FeatureMask.hiding(hidden)));
    }

    @Test
    void strictSubsetIsSubsetButNotEqual() {
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> a.isStrictSubsetOf(b) == (a.isSubsetOf(b) && !a.equals(b))
                        && !a.isStrictSubsetOf(a));
    }

    @Test
    void minusLeavesNothingOfTheOtherAndKeepsTheRest() {
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> a.minus(b).intersect(b).isEmpty()
                        && a.minus(b).union(a.intersect(b)).equals(a));
    }

    @Test
    void sizeCountsEachFeatureOnce() {
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> a.union(b).size() + a.intersect(b).size() == a.size() + b.size());
    }

    @Test
    void zeroExtendedSetsAreEqualWithEqualHashCodes() {
        qt(EXAMPLES).forAll(featureSets(), SourceDSL.integers().between(0, 12))
                .check((a, extra) -> {
                    int longer = Math.min(FeatureSet.MAX_WORDS, a.wordCount() + extra);
                    FeatureSet extended = a.withWordCount(longer);
                    return extended.equals(a) && a.equals(extended) && extended.hashCode() == a.hashCode();
                });
    }

    @Test
    void equalSetsHaveEqualHashCodesWhateverTheirLengths() {
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> {
                    FeatureSet x = a.intersect(b);
                    FeatureSet y = b.intersect(a).withWordCount(Math.max(x.wordCount(), 8));
                    return x.equals(y) && x.hashCode() == y.hashCode();
                });
    }

    @Test
    void printingThenParsingGivesTheSameSet() {
        qt(EXAMPLES).forAll(longFeatureSets())
                .check(a -> {
                    FeatureSet back = FeatureSet.parse(a.toString());
                    return back.equals(a) && back.wordCount() == a.wordCount();
                });
    }

    @Test
    void parsingThenPrintingGivesTheInputInLowerCase() {
        qt(EXAMPLES).forAll(longFeatureSets(), SourceDSL.booleans().all())
                .check((a, upper) -> {
                    String text = upper ? a.toString().toUpperCase(Locale.ROOT) : a.toString();
                    return FeatureSet.parse(text).toString().equals(text.toLowerCase(Locale.ROOT));
                });
    }

    @Test
    void operationsNeverChangeTheirOperands() {
        qt(EXAMPLES).forAll(featureSets(), featureSets())
                .check((a, b) -> {
                    String before = a + "|" + b;
                    a.intersect(b);
                    a.union(b);
                    a.minus(b);
                    b.minus(a);
                    return before.equals(a + "|" + b);
                });
    }

    @Test
    void legacyRoundTripIsTheIdentityOnFourWordSets() {
        qt(EXAMPLES).forAll(FeatureSetGen.words(), FeatureSetGen.words(), FeatureSetGen.words(), FeatureSetGen.words())
                .check((w0, w1, w2, w3) -> {
                    FeatureSet set = FeatureSet.ofWords(w0, w1, w2, w3);
                    return FeatureSet.parseLegacy(set.toLegacyString()).equals(set)
                            && FeatureSet.parseLegacy(set.toString()).toLegacyString().equals(set.toString());
                });
    }
}
