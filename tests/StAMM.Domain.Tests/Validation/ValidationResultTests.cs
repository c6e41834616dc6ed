using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Validation;

public sealed class ValidationResultTests
{
    [Fact]
    public void OrThrow_on_a_failure_throws_with_every_problem()
    {
        var result = Organisation.Create(" ", OrganisationType.Government, new string('A', 51));
        var exception = FluentActions.Invoking(() => result.OrThrow()).Should().Throw<InvalidDomainValueException>().Which;
        exception.Failure.Problems.Should().Equal(result.Problems);
        exception.Failure.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void OrNull_on_a_failure_is_null() =>
        Organisation.Create(null, OrganisationType.Government).OrNull().Should().BeNull();

    [Fact]
    public void Map_of_a_valid_result_is_the_mapped_value()
    {
        var mapped = GeographicScope.Create(ScopeKind.National, [Country.Serbia]).Map(scope => scope.Countries[0].Name);
        mapped.OrThrow().Should().Be(Country.Serbia.Name);
    }

    [Fact]
    public void Map_of_a_failure_keeps_every_problem_and_never_calls_the_map()
    {
        var failed = Organisation.Create(" ", OrganisationType.Government, new string('A', 51));
        var mapped = failed.Map<string>(_ => throw new InvalidOperationException("not called"));
        mapped.Problems.Should().Equal(failed.Problems);
    }

    [Fact]
    public void Bind_of_a_valid_result_is_the_next_steps_result()
    {
        var next = GeographicScope.Create(ScopeKind.National, [Country.Serbia])
            .Bind(_ => Organisation.Create(" ", OrganisationType.Government));
        next.Problems.Should().ContainSingle().Which.Path.Should().Be("name");
    }

    [Fact]
    public void Bind_of_a_failure_keeps_its_problems_and_never_calls_the_next_step()
    {
        var failed = Organisation.Create(null, OrganisationType.Government);
        var next = failed.Bind<GeographicScope>(_ => throw new InvalidOperationException("not called"));
        next.Problems.Should().Equal(failed.Problems);
    }

    [Fact]
    public void Map_widens_a_rule_to_an_eligibility_rule_without_a_cast()
    {
        ValidationResult<StAMM.Domain.Eligibility.EligibilityRule> widened =
            StAMM.Domain.Eligibility.Rules.PreparationTimeRule.Create(10).Map(StAMM.Domain.Eligibility.EligibilityRule (r) => r);
        widened.OrThrow().Kind.Should().Be("preparationTime");
    }

    [Fact]
    public void A_valid_result_has_no_problems()
    {
        var result = GeographicScope.Create(ScopeKind.National, [Country.Serbia]);
        result.IsValid.Should().BeTrue();
        result.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Under_nests_a_path_below_a_prefix()
    {
        new ValidationProblem(ProblemCodes.Required, "title", "m").Under("activities[0]").Path.Should().Be("activities[0].title");
        new ValidationProblem(ProblemCodes.Required, "[2]", "m").Under("topics").Path.Should().Be("topics[2]");
        new ValidationProblem(ProblemCodes.Required, "", "m").Under("end").Path.Should().Be("end");
    }

    [Fact]
    public void A_failure_without_problems_throws() =>
        FluentActions.Invoking(() => new ValidationFailure([])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_failure_with_a_null_problem_throws() =>
        FluentActions.Invoking(() => new ValidationFailure([null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void Failures_with_equal_problems_are_equal()
    {
        var a = new ValidationFailure(ProblemCodes.Required, "title", "A value is required.");
        var b = new ValidationFailure(ProblemCodes.Required, "title", "A value is required.");
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new ValidationFailure(ProblemCodes.Required, "name", "A value is required."));
    }

    [Fact]
    public void With_on_a_problem_only_copies()
    {
        // Code, Path and Message are get-only, so `with { Code = "" }` does not compile.
        var problem = new ValidationProblem(ProblemCodes.Required, "title", "A value is required.");
        var copy = problem with { };
        copy.Should().Be(problem);
    }
}
