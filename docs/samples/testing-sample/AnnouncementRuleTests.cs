using CsCheck;
using FluentAssertions;
using NodaTime;
using StAMM.Domain.Testing;
using Xunit;

namespace TestingSample;

public sealed class AnnouncementRuleTests
{
    private static readonly LocalDate Today = new(2026, 3, 1);
    private readonly AnnouncementRule _rule = new(StammClock.On(Today));

    [Fact]
    public void A_training_announced_a_month_ahead_passes()
    {
        var training = An.Activity.StartingOn(Today.PlusDays(30)).BuildValid();

        _rule.Check(training).Should().BeValid();
    }

    [Fact]
    public void A_training_in_two_weeks_is_too_late_unless_it_is_online()
    {
        var rule = new AnnouncementRule(StammClock.On(new LocalDate(2026, 3, 1)));
        var training = An.Activity.StartingOn(new LocalDate(2026, 3, 15));

        rule.Check(training.BuildValid()).Should().FailWith("announced-too-late", "period")
            .Which.Message.Should().Contain("14 days");
        rule.Check(training.Online().BuildValid()).Should().BeValid();
    }

    [Fact]
    public void No_activity_starting_today_passes() =>
        Generate.Activity.Valid.Sample(activity =>
            new AnnouncementRule(StammClock.On(activity.Period.Start)).Check(activity).Should().FailWith(AnnouncementRule.TooLate, "period"));
}
