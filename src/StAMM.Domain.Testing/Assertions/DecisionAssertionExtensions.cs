using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Testing;

/// <summary>The entry point of the decision assertions: <c>decision.Should().BeEligible()</c>, <c>.BeIneligibleBecause("ACT-LEAD-TIME")</c>.</summary>
public static class DecisionAssertionExtensions
{
    /// <summary>Starts assertions on an eligibility decision.</summary>
    /// <param name="decision">The evaluator's decision.</param>
    /// <returns>The assertions.</returns>
    public static DecisionAssertions Should(this Decision decision) => new(decision);
}
