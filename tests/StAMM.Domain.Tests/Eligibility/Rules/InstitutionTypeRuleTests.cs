using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class InstitutionTypeRuleTests
{
    private static readonly Institution Ngo = Institution.Create("Vaša prava", Country.BosniaAndHerzegovina, InstitutionType.CivilSociety).OrThrow();

    private static readonly Institution OtherNgo = Institution.Create("Atlantska inicijativa", Country.BosniaAndHerzegovina, InstitutionType.CivilSociety).OrThrow();

    [Fact]
    public void A_joint_only_requester_passes_with_an_allowed_co_requester() =>
        RuleProbe.Evaluate(InstitutionTypeRule.Default, Baseline.Request.From(Ngo).WithCoRequester(Baseline.Ministry(Country.BosniaAndHerzegovina)))
            .Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void A_joint_only_requester_with_a_co_requester_that_may_not_request_alone_fails()
    {
        var outcome = RuleProbe.Evaluate(InstitutionTypeRule.Default, Baseline.Request.From(Ngo).WithCoRequester(OtherNgo));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Message.Should().Be("The requester (civil society) may request only with a co-requesting public authority.");
    }

    [Fact]
    public void The_created_rule_keeps_its_allowed_and_joint_only_types()
    {
        var rule = InstitutionTypeRule.Create([InstitutionType.Ministry], [InstitutionType.Academic]).OrThrow();

        rule.AllowedTypes.Should().Equal(InstitutionType.Ministry);
        rule.Parameters.Select(p => p.ToString()).Should().Equal("allowedTypes = ministry", "jointOnlyTypes = academic");
    }

    [Fact]
    public void At_least_one_type_may_request() =>
        InstitutionTypeRule.Create([]).Should().FailWithExactly(ProblemCodes.Required, "allowedTypes");

    [Fact]
    public void A_type_allowed_on_its_own_cannot_also_be_joint_only() =>
        InstitutionTypeRule.Create([InstitutionType.Ministry, InstitutionType.CivilSociety], [InstitutionType.CivilSociety])
            .Should().FailWithExactly(ProblemCodes.NotAllowed, "jointOnlyTypes");

    [Fact]
    public void A_requester_that_may_never_request_fails_even_with_an_allowed_co_requester()
    {
        var company = Institution.Create("Sigurnost d.o.o.", Country.BosniaAndHerzegovina, InstitutionType.PrivateCompany).OrThrow();

        var outcome = RuleProbe.Evaluate(InstitutionTypeRule.Default, Baseline.Request.From(company).WithCoRequester(Baseline.Ministry(Country.BosniaAndHerzegovina)));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Message.Should().StartWith("The requester (private company) cannot request; eligible are ");
    }
}
