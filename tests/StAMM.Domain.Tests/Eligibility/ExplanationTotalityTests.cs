using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>
/// An outcome can be built with any evidence through the public constructor, so every built-in rule explains every
/// evidence: its message, expected and actual values and remedy are formatted without throwing, whatever the numbers.
/// </summary>
public sealed class ExplanationTotalityTests
{
    /// <summary>Edge values of the evidence's numbers: zero, ±1, the ends of int and long, and the values the rules give meanings to (enum members, bits, currency and country positions, day numbers).</summary>
    private static readonly long[] Numbers =
    [
        0, 1, -1, 2, 7, 32, 64, 256, 1001, 2027, 3652059,
        int.MinValue, int.MaxValue, (long)int.MaxValue + 1, long.MinValue, long.MinValue + 1, long.MaxValue,
    ];

    private static readonly int[] Details =
    [
        0, 1, -1, 2, 3, 4, 7, 256, 257, 512 | 2, (300 << 8) | 2, 1001, 2000, int.MinValue, int.MaxValue,
    ];

    private static readonly AssistanceRequest Request = Baseline.Request.BuildValid();

    public static TheoryData<string> BuiltInRules => [.. StammRuleSet.Default.Rules.Select(r => r.Code)];

    [Theory]
    [MemberData(nameof(BuiltInRules))]
    public void Every_evidence_of_a_built_in_rule_is_explained_without_throwing(string code)
    {
        var rule = StammRuleSet.Default.Rules.Single(r => r.Code == code);
        var failures = new List<string>();
        foreach (var status in Enum.GetValues<OutcomeStatus>())
        {
            foreach (var expected in Numbers)
            {
                foreach (var actual in Numbers)
                {
                    foreach (var detail in Details)
                    {
                        var evidence = new Evidence(expected, actual, detail);
                        var outcome = new RuleOutcome(rule, status, evidence);
                        try
                        {
                            _ = outcome.Message;
                            _ = outcome.Expected.ToString();
                            _ = outcome.Actual.ToString();
                            _ = outcome.RemedyFor(Request)?.Text;
                            _ = outcome.ToString();
                        }
                        catch (Exception e) when (failures.Count < 5)
                        {
                            failures.Add($"{status} {evidence}: {e.GetType().Name}: {e.Message}");
                        }
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void A_composite_explains_every_evidence_without_throwing()
    {
        var rule = AllOfRule.Create("ALL-OF", "All of", Severity.Blocks, RuleStage.Scope, new SourceReference("test"), [LeadTimeRule.Default, CostCeilingRule.Default]).OrThrow();
        foreach (var status in Enum.GetValues<OutcomeStatus>())
        {
            foreach (var n in Numbers)
            {
                foreach (var detail in Details)
                {
                    var outcome = new RuleOutcome(rule, status, new Evidence(n, n, detail));
                    FluentActions.Invoking(() => (outcome.Message, outcome.Expected.ToString(), outcome.Actual.ToString(), outcome.RemedyFor(Request)?.Text))
                        .Should().NotThrow();
                }
            }
        }
    }

    [Fact]
    public void A_country_outside_the_country_list_is_explained_as_a_country_rather_than_throwing() =>
        new RuleOutcome(CountryInScopeRule.Default, OutcomeStatus.Fail, new Evidence(6, 1, int.MaxValue)).Actual.Codes.Should().Equal("a country");

    [Fact]
    public void A_count_at_the_end_of_long_is_explained_rather_than_overflowing() =>
        new RuleOutcome(CountryInScopeRule.Default, OutcomeStatus.Fail, new Evidence(6, long.MinValue, 0)).Message.Should().StartWith("The request involves");

    [Fact]
    public void An_enum_value_beyond_int_is_explained_as_its_number_rather_than_overflowing() =>
        new RuleOutcome(ActivityTypeAllowedRule.Default, OutcomeStatus.Fail, new Evidence(0, long.MaxValue)).Actual.ToString().Should().Be("9223372036854775807");

    [Fact]
    public void An_enum_value_no_member_has_is_explained_as_its_number() =>
        new RuleOutcome(InstitutionTypeRule.Default, OutcomeStatus.Fail, new Evidence(0, 42, 1)).Message.Should().StartWith("The requester (42) cannot request");
}
