using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class CentralEndorsementRuleTests
{
    private static readonly Institution Municipality = Institution.Create("Municipality of Tuzla", Country.BosniaAndHerzegovina, InstitutionType.LocalAuthority).OrThrow();

    [Fact]
    public void The_created_rule_keeps_its_exempt_types_and_the_letter_it_requires()
    {
        var rule = CentralEndorsementRule.Create([InstitutionType.LocalAuthority, InstitutionType.Ministry]);

        rule.ExemptTypes.Should().Equal(InstitutionType.Ministry, InstitutionType.LocalAuthority);
        rule.Parameters.Select(p => p.ToString()).Should().Equal("exemptTypes = ministry, local authority", "requiredAttachment = endorsement letter");
    }

    [Fact]
    public void An_exempt_requester_needs_no_endorsement() =>
        RuleProbe.Evaluate(CentralEndorsementRule.Create([InstitutionType.LocalAuthority]), Baseline.Request.From(Municipality))
            .Status.Should().Be(OutcomeStatus.NotApplicable);

    [Fact]
    public void A_local_requester_without_an_endorsement_letter_fails() =>
        RuleProbe.Evaluate(CentralEndorsementRule.Default, Baseline.Request.From(Municipality).WithoutAttachment(AttachmentKind.EndorsementLetter))
            .Status.Should().Be(OutcomeStatus.Fail);
}
