using System.Collections.Immutable;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Portfolios;

/// <summary>
/// What a portfolio's evaluation context holds that grows with its cases: the project with the activities delivered
/// so far (in the order delivered), and the duplicate index over those activities and the requests open or approved.
/// Each ledger has one; the next ledger's is this one with its event's change (<see cref="With"/>), so a decision at
/// each event, as reading a portfolio document makes, costs no pass over every case.
/// </summary>
internal sealed class ContextBasis
{
    private ContextBasis(TechnicalAssistanceProject deliveredProject, ActivityIndex index)
    {
        DeliveredProject = deliveredProject;
        Index = index;
    }

    /// <summary>The project with the activities delivered through the cases added to its own, in the order delivered.</summary>
    public TechnicalAssistanceProject DeliveredProject { get; }

    /// <summary>The duplicate index over <see cref="DeliveredProject"/>'s activities and the pending requests.</summary>
    public ActivityIndex Index { get; }

    /// <summary>Whether a case's request is one the duplicate check compares with: open, or approved and not delivered.</summary>
    public static bool IsPending(AssistanceCase c) => c.State.IsOpen() || c.State == CaseState.Approved;

    /// <summary>The basis of a ledger, built from all its cases.</summary>
    public static ContextBasis Build(TechnicalAssistanceProject project, PortfolioLedger ledger)
    {
        var delivered = project;
        if (ledger.DeliveredCount > 0)
        {
            var p = project;
            delivered = TechnicalAssistanceProject.Create(
                p.Identifier, p.Acronym, p.Title, p.Scope, p.Status, p.Period, p.Implementer, p.Contributions, p.Activities.AddRange(ledger.Delivered),
                p.ThematicAreas, p.AlternativeTitles, p.Summary, p.Objective, p.OpenToFurtherDonors).OrThrow();
        }

        return new ContextBasis(delivered, ActivityIndex.Build(delivered.Activities, PendingOf(ledger)));
    }

    /// <summary>The requests open or approved and not yet delivered, in the order submitted.</summary>
    public static ImmutableArray<AssistanceRequest> PendingOf(PortfolioLedger ledger) =>
        [.. ledger.Cases.Where(IsPending).Select(c => c.Request)];

    /// <summary>
    /// The basis after one event moved a case from <paramref name="before"/> (null for a submission) to
    /// <paramref name="after"/>; null when the index has gathered so many changes that building it again is cheaper
    /// than scanning them on every count.
    /// </summary>
    public ContextBasis? With(AssistanceCase? before, AssistanceCase after)
    {
        var index = Index;
        var project = DeliveredProject;
        var wasPending = before is not null && IsPending(before);
        var isPending = IsPending(after);
        var sameRequest = before is not null && (ReferenceEquals(before.Request, after.Request) || before.Request.Equals(after.Request));
        if (wasPending && (!isPending || !sameRequest))
        {
            index = index.WithoutRequest(before!.Request);
        }

        if (isPending && (!wasPending || !sameRequest))
        {
            index = index.WithRequest(after.Request);
        }

        if (before?.Delivery is null && after.Delivery is { } delivery)
        {
            // The ledger has checked that the activity fits the project (CheckFit); WithActivity checks it again.
            project = project.WithActivity(delivery.Activity).OrThrow();
            index = index.WithActivity(delivery.Activity);
        }

        return index.Changes > MaxChanges(index.Entries) ? null : new ContextBasis(project, index);
    }

    /// <summary>How many changes an index of so many entries keeps before it is built again: a count scans its
    /// requester's changes, a build costs a pass over every entry; twice the square root balances the two.</summary>
    private static int MaxChanges(int entries) => Math.Max(256, 2 * (int)Math.Sqrt(entries));
}
