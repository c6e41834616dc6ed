using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class DecisionCaseTests
{
    [Fact]
    public void The_only_contribution_that_can_fund_the_request_is_selected()
    {
        var decision = An.EvaluationContext.Evaluate(A.Request);

        decision.Case.SelectedContribution.Should().Be(EvaluationContextBuilder.DefaultBalance);
    }

    [Fact]
    public void No_contribution_is_selected_when_none_can_fund_the_request()
    {
        var decision = Baseline.Context.Evaluate(Baseline.Request.From(Baseline.Ministry(Country.Montenegro)));

        decision.Case.SelectedContribution.Should().BeNull();
    }

    [Fact]
    public void A_case_prints_the_decision_then_one_line_per_outcome()
    {
        var decision = Baseline.Context.Evaluate(Baseline.Request);

        var lines = decision.Case.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("Eligible: 2025-017-BA-MoS by StAMM eligibility 2026.2 on 2025-03-03");
        lines.Skip(1).Should().Equal(decision.Outcomes.Select(o => $"  {o.Stage} {o.Code} {o.Status}: {o.Message}"));
    }

    [Fact]
    public void A_decision_on_a_request_from_Kosovo_carries_the_designation_and_its_footnote_once()
    {
        var decision = Baseline.Context.Evaluate(Baseline.Request.From(Baseline.Ministry(Country.Kosovo)));

        var text = decision.Case.ToString();

        decision.Case.KosovoDesignation.Should().Be(KosovoDesignation.Default);
        text.Should().Contain("Kosovo*");
        text.Split(KosovoDesignation.Default.Footnote).Should().HaveCount(2, "the footnote appears exactly once");
    }

    [Fact]
    public void A_decision_on_a_request_whose_title_names_Kosovo_carries_the_configured_footnote()
    {
        var context = Baseline.Context.BuildValid().WithKosovoDesignation(KosovoDesignation.Icmpd);

        var decision = new Evaluator(StammRuleSet.Default).Evaluate(Baseline.Request.Titled("Workshop with Kosovo* asylum officers").BuildValid(), context);

        decision.Case.KosovoDesignation.Should().Be(KosovoDesignation.Icmpd);
        decision.Case.ToString().Should().EndWith($"Kosovo*: {KosovoDesignation.Icmpd.Footnote}{Environment.NewLine}");
    }

    [Fact]
    public void A_decision_that_does_not_name_Kosovo_carries_no_footnote()
    {
        var decision = Baseline.Context.Evaluate(Baseline.Request);

        decision.Case.KosovoDesignation.Should().BeNull();
        decision.Case.ToString().Should().NotContain("Kosovo");
    }
}
