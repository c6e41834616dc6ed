using StAMM.Domain.Projects;

namespace StAMM.Domain.Tests.Projects;

public sealed class ProjectStatusTests
{
    /// <summary>The allowed moves of the life cycle; every other pair of statuses is forbidden.</summary>
    private static readonly HashSet<(ProjectStatus From, ProjectStatus To)> Allowed =
    [
        (ProjectStatus.Pipeline, ProjectStatus.Implementation),
        (ProjectStatus.Pipeline, ProjectStatus.Cancelled),
        (ProjectStatus.Implementation, ProjectStatus.Finalisation),
        (ProjectStatus.Implementation, ProjectStatus.Suspended),
        (ProjectStatus.Implementation, ProjectStatus.Cancelled),
        (ProjectStatus.Suspended, ProjectStatus.Implementation),
        (ProjectStatus.Suspended, ProjectStatus.Cancelled),
        (ProjectStatus.Finalisation, ProjectStatus.Closed),
        (ProjectStatus.Finalisation, ProjectStatus.Implementation),
    ];

    public static TheoryData<ProjectStatus, ProjectStatus, bool> Moves
    {
        get
        {
            var data = new TheoryData<ProjectStatus, ProjectStatus, bool>();
            foreach (var from in Enum.GetValues<ProjectStatus>())
            {
                foreach (var to in Enum.GetValues<ProjectStatus>())
                {
                    data.Add(from, to, Allowed.Contains((from, to)));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_move_is_allowed_exactly_when_the_life_cycle_has_it(ProjectStatus from, ProjectStatus to, bool allowed) =>
        from.CanMoveTo(to).Should().Be(allowed);

    [Fact]
    public void The_table_covers_every_pair_of_statuses() => Moves.Should().HaveCount(36);

    [Theory]
    [InlineData(ProjectStatus.Closed)]
    [InlineData(ProjectStatus.Cancelled)]
    public void A_final_status_moves_nowhere(ProjectStatus final) =>
        Enum.GetValues<ProjectStatus>().Where(to => final.CanMoveTo(to)).Should().BeEmpty();

    [Fact]
    public void Closed_and_cancelled_are_the_only_final_statuses() =>
        Enum.GetValues<ProjectStatus>().Where(s => s.IsFinal()).Should().BeEquivalentTo([ProjectStatus.Closed, ProjectStatus.Cancelled]);

    [Fact]
    public void Staying_in_a_status_is_not_a_move() =>
        Enum.GetValues<ProjectStatus>().Should().OnlyContain(s => !s.CanMoveTo(s));

    [Fact]
    public void Implementation_and_finalisation_are_the_only_active_statuses() =>
        Enum.GetValues<ProjectStatus>().Where(s => s.IsActive()).Should().BeEquivalentTo([ProjectStatus.Implementation, ProjectStatus.Finalisation]);

    [Fact]
    public void The_statuses_carry_the_IATI_ActivityStatus_codes() =>
        Enum.GetValues<ProjectStatus>().Select(s => (int)s).Should().Equal(1, 2, 3, 4, 5, 6);

    [Fact]
    public void An_undefined_status_throws()
    {
        FluentActions.Invoking(() => ((ProjectStatus)99).CanMoveTo(ProjectStatus.Closed)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ProjectStatus.Pipeline.CanMoveTo((ProjectStatus)0)).Should().Throw<ArgumentException>();
    }
}
