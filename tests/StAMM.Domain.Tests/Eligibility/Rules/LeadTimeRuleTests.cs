using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class LeadTimeRuleTests
{
    [Fact]
    public void A_lead_time_is_not_negative() =>
        LeadTimeRule.Create(60, -1).Should().FailWithExactly(ProblemCodes.OutOfRange, "failBelowDays");

    [Fact]
    public void The_warning_threshold_may_equal_the_failure_threshold() =>
        LeadTimeRule.Create(21, 21).Should().BeValid();

    [Fact]
    public void The_warning_threshold_is_not_below_the_failure_threshold() =>
        LeadTimeRule.Create(20, 21).Should().FailWithExactly(ProblemCodes.OutOfRange, "warnBelowDays");
}
