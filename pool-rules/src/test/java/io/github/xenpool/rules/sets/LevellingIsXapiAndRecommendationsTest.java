package io.github.xenpool.rules.sets;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.network.NetworkRules;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * levelling() is xapi() followed by what the documentation asks and xapi does not check: its
 * blockers are xapi's and {@code network.address-in-use}'s, and its reports foresee xapi's answer.
 */
class LevellingIsXapiAndRecommendationsTest {

    private static final RuleSet LEVELLING = RuleSets.levelling();
    private static final RuleSet XAPI = RuleSets.xapi();

    @Test
    void itHoldsXapisChecksInXapisOrderAsXapiHoldsThem() {
        int n = XAPI.rules().size();

        assertEquals(XAPI.ruleIds(), LEVELLING.ruleIds().subList(0, n));
        assertEquals(XAPI.descriptors(), LEVELLING.descriptors().subList(0, n));
        assertEquals(XAPI.defaultContext(), LEVELLING.defaultContext());
        assertEquals(XAPI.cpuLevelPolicy(), LEVELLING.cpuLevelPolicy());
    }

    @Test
    void whatFollowsXapisChecksStandsForNoXapiErrorAndOnlyTheAddressInUseBlocks() {
        List<RuleDescriptor> added = LEVELLING.descriptors().subList(XAPI.rules().size(), LEVELLING.rules().size());

        for (RuleDescriptor d : added) {
            assertEquals(List.of(), d.xapiErrors(), d.id());
            assertEquals(Optional.empty(), d.xapiReleases(), d.id());
            assertFalse(d.sources().isEmpty(), d.id());
            assertEquals(d.id().equals(NetworkRules.ADDRESS_IN_USE), d.defaultSeverity() == Severity.BLOCKER,
                    d.id() + " " + d.defaultSeverity());
        }
        assertEquals(Severity.INFO, added.get(added.size() - 1).defaultSeverity(), "pool.shared-storage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XenServer 5.6 to 6.2", LevellingFixtures.XCP_NG_83_GA, LevellingFixtures.EVERY_CHECK})
    void itBlocksWhereXapiBlocksOrAHostHasAMembersAddressAndForeseesXapisAnswer(String era) {
        UnaryOperator<JoinCase> software = era.startsWith("XenServer") ? UnaryOperator.identity()
                : c -> LevellingFixtures.levelled(c, era);
        qt(300).forAll(JoinCases.any().map(software)).checkAssert(c -> {
            JoinReport levelled = LEVELLING.evaluate(c.pool(), c.host());
            JoinReport xapi = XAPI.evaluate(c.pool(), c.host());

            assertEquals(xapi.blockers(), levelled.blockers().stream()
                    .filter(v -> !v.ruleId().equals(NetworkRules.ADDRESS_IN_USE)).toList(), levelled::render);
            assertEquals(xapi.xapiAnswer(), levelled.xapiAnswer(), levelled::render);
            Set<String> xapiIds = Set.copyOf(XAPI.ruleIds());
            for (Violation v : levelled.violations()) {
                if (!xapiIds.contains(v.ruleId())) {
                    assertEquals(Optional.empty(), v.xapiErrorCode(), v.ruleId());
                    assertTrue(!v.isBlocker() || v.ruleId().equals(NetworkRules.ADDRESS_IN_USE), v.ruleId());
                }
            }
        });
    }
}
