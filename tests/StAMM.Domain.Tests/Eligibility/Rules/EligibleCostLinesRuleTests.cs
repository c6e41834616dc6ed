using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class EligibleCostLinesRuleTests
{
    [Fact]
    public void At_least_one_category_is_eligible() =>
        EligibleCostLinesRule.Create([]).Should().FailWithExactly(ProblemCodes.Required, "allowed");

    [Fact]
    public void A_category_cannot_be_both_eligible_and_reviewed() =>
        EligibleCostLinesRule.Create([CostCategory.Travel, CostCategory.ExpertFee], [CostCategory.Travel]).Should().FailWithExactly(ProblemCodes.NotAllowed, "reviewed");

    [Fact]
    public void Eligible_and_reviewed_categories_that_differ_are_allowed() =>
        EligibleCostLinesRule.Create([CostCategory.Travel], [CostCategory.Salaries]).Should().BeValid();
}
