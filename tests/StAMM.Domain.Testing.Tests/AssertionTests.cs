using FluentAssertions.Execution;
using Xunit.Sdk;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing.Tests;

public sealed class AssertionTests
{
    private static ValidationResult<Institution> Valid => Institution.Create("Ministry of Security", Country.BosniaAndHerzegovina, InstitutionType.Ministry);

    private static ValidationResult<Institution> TwoProblems =>
        Institution.Create(" ", Country.Serbia, InstitutionType.Ministry, parent: Stamm.MinistryOfSecurityOfBosniaAndHerzegovina);

    [Fact]
    public void BeValid_returns_the_value_for_chaining() =>
        Valid.Should().BeValid().Which.Name.Should().Be("Ministry of Security");

    [Fact]
    public void BeValid_fails_with_every_problem_in_the_message() =>
        FluentActions.Invoking(() => TwoProblems.Should().BeValid("the {0} is complete", "input"))
            .Should().Throw<XunitException>()
            .WithMessage("""
                Expected validation result of Institution to be valid because the input is complete, but it failed with 2 problems:
                  - required at name: A value is required.
                  - parent-in-other-country at parent: The parent institution is in BA, not RS.
                """.ReplaceLineEndings());

    [Fact]
    public void FailWith_passes_when_one_of_the_problems_matches_and_returns_it() =>
        TwoProblems.Should().FailWith(ProblemCodes.ParentInOtherCountry, "parent").Which.Message.Should().Contain("BA");

    [Fact]
    public void FailWith_on_a_valid_result_says_it_was_valid() =>
        FluentActions.Invoking(() => Valid.Should().FailWith(ProblemCodes.Required, "name"))
            .Should().Throw<XunitException>()
            .WithMessage("Expected validation result of Institution to fail with required at name, but it was valid: Ministry of Security (BA).");

    [Fact]
    public void FailWith_another_path_lists_the_problems_found() =>
        FluentActions.Invoking(() => TwoProblems.Should().FailWith(ProblemCodes.Required, "acronym", "acronyms are {0}", "optional"))
            .Should().Throw<XunitException>()
            .WithMessage("*to fail with required at acronym because acronyms are optional, but it failed with 2 problems:*- required at name: A value is required.*- parent-in-other-country at parent:*");

    [Fact]
    public void FailWithExactly_passes_for_the_exact_problems_in_order() =>
        TwoProblems.Should().FailWithExactly((ProblemCodes.Required, "name"), (ProblemCodes.ParentInOtherCountry, "parent"));

    [Fact]
    public void FailWithExactly_fails_when_a_problem_is_missing_or_extra() =>
        FluentActions.Invoking(() => TwoProblems.Should().FailWithExactly(ProblemCodes.Required, "name"))
            .Should().Throw<XunitException>()
            .WithMessage("""
                Expected validation result of Institution to fail with exactly:
                  - required at name
                but it failed with 2 problems:
                  - required at name: A value is required.
                  - parent-in-other-country at parent: The parent institution is in BA, not RS.
                """.ReplaceLineEndings());

    [Fact]
    public void FailWithExactly_fails_on_the_wrong_order() =>
        FluentActions.Invoking(() => TwoProblems.Should().FailWithExactly((ProblemCodes.ParentInOtherCountry, "parent"), (ProblemCodes.Required, "name")))
            .Should().Throw<XunitException>();

    [Fact]
    public void FailWithExactly_names_the_whole_value_for_an_empty_path() =>
        FluentActions.Invoking(() => SexBreakdown.Create(int.MaxValue, int.MaxValue).Should().FailWithExactly(ProblemCodes.OutOfRange, "female"))
            .Should().Throw<XunitException>()
            .WithMessage("*- out-of-range at female*but it failed with 1 problem:*- out-of-range at (value): The counts are too large.");

    [Fact]
    public void FailWithExactly_needs_an_expected_problem() =>
        FluentActions.Invoking(() => TwoProblems.Should().FailWithExactly()).Should().Throw<ArgumentException>();

    [Fact]
    public void Braces_in_values_do_not_break_the_message() =>
        FluentActions.Invoking(() => Activity.Create("a{0}", ActivityType.Training, "Training {x}", Stamm.NegotiationSkillsTraining.Period).Should().FailWith(ProblemCodes.Required, "title"))
            .Should().Throw<XunitException>()
            .WithMessage("*invalid-format at identifier: An identifier may hold letters, digits and '-', '_', '.', ':', '/'; '{' is not allowed.*");

    [Fact]
    public void A_word_in_braces_in_a_problem_message_is_printed_as_it_is() =>
        FluentActions.Invoking(() => ((ValidationResult<Institution>)new ValidationFailure("custom", "name", "Use {name} or {0}, not {{x}}.")).Should().BeValid())
            .Should().Throw<XunitException>()
            .WithMessage("""
                Expected validation result of Institution to be valid, but it failed with 1 problem:
                  - custom at name: Use {name} or {0}, not {{x}}.
                """.ReplaceLineEndings());

    [Fact]
    public void Braces_in_an_expected_path_are_printed_as_they_are() =>
        FluentActions.Invoking(() => Valid.Should().FailWith(ProblemCodes.Required, "countByCountry.{country}"))
            .Should().Throw<XunitException>()
            .WithMessage("Expected validation result of Institution to fail with required at countByCountry.{country}, but it was valid: Ministry of Security (BA).");

    [Fact]
    public void A_null_result_fails_readably() =>
        FluentActions.Invoking(() => ((ValidationResult<Institution>)null!).Should().BeValid())
            .Should().Throw<XunitException>()
            .WithMessage("*to be valid, but found <null>.");

    [Fact]
    public void Failures_inside_an_assertion_scope_are_collected()
    {
        var action = () =>
        {
            using var scope = new AssertionScope();
            TwoProblems.Should().BeValid();
            Valid.Should().FailWith(ProblemCodes.Required, "name");
        };

        action.Should().Throw<XunitException>().WithMessage("*to be valid*to fail with required at name*");
    }
}
