using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Portfolios;

/// <summary>A recorded decision that re-evaluation does not give again, with the reason.</summary>
/// <remarks>Made by <see cref="Portfolio.Check"/> only. Immutable.</remarks>
public sealed class UnreproducedDecision
{
    internal UnreproducedDecision(CaseEvaluated recorded, Decision? replayed, string reason)
    {
        Recorded = recorded;
        Replayed = replayed;
        Reason = reason;
    }

    /// <summary>The case.</summary>
    public string CaseId => Recorded.CaseId;

    /// <summary>The evaluation as recorded.</summary>
    public CaseEvaluated Recorded { get; }

    /// <summary>The decision re-evaluation gave; <see langword="null"/> when it could not be re-evaluated.</summary>
    public Decision? Replayed { get; }

    /// <summary>Why it does not reproduce.</summary>
    public string Reason { get; }

    /// <summary>Returns the case and the reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{CaseId}: {Reason}";
}
