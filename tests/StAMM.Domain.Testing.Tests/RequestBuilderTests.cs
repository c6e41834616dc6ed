using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing.Tests;

public sealed class RequestBuilderTests
{
    private static readonly Institution KosovoMinistry = Stamm.MigrationMinistries.Single(i => i.Country == Country.Kosovo);

    [Fact]
    public void The_default_request_is_eligible_under_the_built_in_rules()
    {
        var decision = An.EvaluationContext.Evaluate(A.Request);

        decision.Should().BeEligible();
        decision.Case.Findings.Should().BeEmpty();
    }
}
