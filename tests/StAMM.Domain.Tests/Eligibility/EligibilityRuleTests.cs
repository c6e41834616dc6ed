using System.Collections.Immutable;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class EligibilityRuleTests
{
    private static readonly SourceReference HouseStyle = new("House style");

    [Fact]
    public void A_rule_with_a_null_code_is_refused() =>
        FluentActions.Invoking(() => new FixedRule(null!)).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData("x-lower")]
    [InlineData("X_UNDERSCORE")]
    [InlineData("X TITLE")]
    public void A_rule_code_of_another_form_than_upper_case_letters_digits_and_hyphens_is_refused(string code) =>
        FluentActions.Invoking(() => new FixedRule(code)).Should().Throw<ArgumentException>()
            .WithParameterName(nameof(code)).WithMessage($"*'{code}'*");

    [Fact]
    public void A_rule_code_of_upper_case_letters_digits_and_hyphens_is_accepted() =>
        new FixedRule("X-TITLE-2").Code.Should().Be("X-TITLE-2");

    [Fact]
    public void A_composite_rule_with_an_empty_code_is_reported_as_an_invalid_code() =>
        AllOfRule.Create(string.Empty, "All", Severity.Blocks, RuleStage.Timing, HouseStyle, [LeadTimeRule.Default])
            .Should().FailWithExactly(ProblemCodes.InvalidFormat, "code");

    [Fact]
    public void Rules_of_the_same_type_header_and_parameters_are_equal()
    {
        var a = new FixedRule("X-FIXED");
        var b = new FixedRule("X-FIXED");

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Rules_of_different_types_are_not_equal_even_with_the_same_header_and_parameters()
    {
        EligibilityRule fixedRule = new FixedRule("X-FIXED");
        EligibilityRule lookalike = new LookalikeRule("X-FIXED");

        fixedRule.Equals(lookalike).Should().BeFalse();
        lookalike.Equals(fixedRule).Should().BeFalse();
    }

    [Fact]
    public void Rules_with_different_codes_are_not_equal() =>
        new FixedRule("X-ONE").Equals(new FixedRule("X-TWO")).Should().BeFalse();

    [Fact]
    public void A_rule_is_not_equal_to_null() =>
        new FixedRule("X-FIXED").Equals(null).Should().BeFalse();

    /// <summary>A rule that always passes.</summary>
    private sealed class FixedRule(string code)
        : EligibilityRule(code, "Fixed", Severity.Advisory, RuleStage.Reporting, HouseStyle)
    {
        public override string Kind => "fixed";

        public override ImmutableArray<RuleParameter> Parameters { get; } = [new("limit", RuleValue.OfNumber(1))];

        public override RuleOutcome Evaluate(in EvaluationInput input) => Pass();
    }

    /// <summary>Another type with the same kind, header and parameters as <see cref="FixedRule"/>.</summary>
    private sealed class LookalikeRule(string code)
        : EligibilityRule(code, "Fixed", Severity.Advisory, RuleStage.Reporting, HouseStyle)
    {
        public override string Kind => "fixed";

        public override ImmutableArray<RuleParameter> Parameters { get; } = [new("limit", RuleValue.OfNumber(1))];

        public override RuleOutcome Evaluate(in EvaluationInput input) => Pass();
    }
}
