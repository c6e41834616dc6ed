namespace StAMM.Domain.Guides;

public sealed class GettingStartedTests
{
    [Fact]
    public void The_first_request_prints_its_decision_and_findings()
    {
        var output = Output.Of(GettingStarted.FirstRequest);

        output.Should().Be(
            """
            Ineligible
            ADM-FORM-COMPLETE Fail: The request form is incomplete; missing: venue, participant count, participant countries, costs, serves obligation.
            ADM-REQUIRED-ATTACHMENTS Fail: Missing: official request letter, agenda or terms of reference, request form.
            REQ-NO-OVERLAP-OTHER-FACILITIES Warn: The request does not declare that no other facility (TAIEX, IPA, MIEUX, MPF) funds the same activity.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void The_model_tour_prints_the_project_the_new_activity_count_and_Kosovo_star()
    {
        var output = Output.Of(ModelTour.Run);

        output.Should().Be("StAMM: 3 activities since 2018-12\n4 activities\nKosovo*\n");
    }

    [Fact]
    public void The_README_and_the_guide_show_what_the_first_request_prints()
    {
        var output = Output.Of(GettingStarted.FirstRequest);

        Repository.ShouldShow("README.md", output);
        Repository.ShouldShow("docs/guides/getting-started.md", output);
    }
}
