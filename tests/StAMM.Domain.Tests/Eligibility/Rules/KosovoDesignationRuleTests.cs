using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class KosovoDesignationRuleTests
{
    private static RequestBuilder FromKosovo => Baseline.Request.From(Baseline.Ministry(Country.Kosovo));

    private static KosovoDesignationRule OnlyUn => KosovoDesignationRule.Create(["UN"]).OrThrow();

    [Fact]
    public void A_request_with_an_accepted_variant_passes() =>
        RuleProbe.Evaluate(OnlyUn, FromKosovo.WithOutputDesignation(KosovoDesignation.UnitedNations)).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void A_variant_the_rule_does_not_accept_is_reported()
    {
        var outcome = RuleProbe.Evaluate(OnlyUn, FromKosovo.WithOutputDesignation(KosovoDesignation.EuropeanUnion));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Expected.Codes.Should().Equal("UN");
        outcome.Actual.Codes.Should().Equal("variantNotAccepted");
    }

    [Fact]
    public void A_request_without_a_designation_is_reported()
    {
        var outcome = RuleProbe.Evaluate(KosovoDesignationRule.Default, FromKosovo.WithOutputDesignation(null));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Codes.Should().Equal("noDesignation");
        outcome.Message.Should().Be("Outputs must show \"Kosovo*\" with an accepted footnote (EU, UN, CoE, ICMPD); found: no designation.");
    }

    [Fact]
    public void A_title_that_begins_with_Kosovo_without_the_marker_is_reported()
    {
        var outcome = RuleProbe.Evaluate(KosovoDesignationRule.Default, Baseline.Request.Titled("Kosovo border management workshop"));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Codes.Should().Equal("titleWithoutMarker");
    }

    [Fact]
    public void A_title_that_begins_with_Kosovo_and_the_marker_passes() =>
        RuleProbe.Evaluate(KosovoDesignationRule.Default, Baseline.Request.Titled("Kosovo* border management workshop")).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void Every_problem_found_is_reported()
    {
        var outcome = RuleProbe.Evaluate(KosovoDesignationRule.Default, FromKosovo.WithOutputDesignation(null).Titled("Workshop in Kosovo"));

        outcome.Actual.Codes.Should().Equal("noDesignation", "titleWithoutMarker");
    }

    [Fact]
    public void At_least_one_variant_is_accepted() =>
        KosovoDesignationRule.Create([]).Should().FailWithExactly(ProblemCodes.Required, "acceptedVariants");

    [Fact]
    public void Each_unknown_variant_is_reported_with_its_index() =>
        KosovoDesignationRule.Create(["EU", "OSCE", "UN", "NATO"])
            .Should().FailWithExactly((ProblemCodes.UnknownCode, "acceptedVariants[1]"), (ProblemCodes.UnknownCode, "acceptedVariants[3]"));
}
