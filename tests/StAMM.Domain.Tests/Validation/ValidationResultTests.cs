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
