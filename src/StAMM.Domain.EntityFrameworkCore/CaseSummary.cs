using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Cases;
using StAMM.Domain.Requests;

namespace StAMM.Domain.EntityFrameworkCore;

/// <summary>
/// A case as the queries of <see cref="StammStore"/> find it, from its row alone: its state, current request and
/// version after its last event. The whole case (decision, review, commitment, events) is the portfolio's
/// (<see cref="StammStore.FindCaseAsync"/>): reading a decision back means making it again on the portfolio as it stood.
/// </summary>
/// <remarks>Immutable value; equality by all members.</remarks>
public sealed record CaseSummary
{
    /// <summary>Creates a summary.</summary>
    /// <param name="state">The state.</param>
    /// <param name="request">The current request (after any amendment).</param>
    /// <param name="version">The number of events; at least 1.</param>
    /// <param name="lastChanged">When the last event happened.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not a state.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public CaseSummary(CaseState state, AssistanceRequest request, int version, Instant lastChanged)
    {
        State = Guard.Against.EnumOutOfRange(state);
        Request = Guard.Against.Null(request);
        Version = Guard.Against.NegativeOrZero(version);
        LastChanged = lastChanged;
    }

    /// <summary>The case's identifier: its request's.</summary>
    public string Identifier => Request.Identifier;

    /// <summary>The state after the last event.</summary>
    public CaseState State { get; }

    /// <summary>The current request (after any amendment).</summary>
    public AssistanceRequest Request { get; }

    /// <summary>The number of events.</summary>
    public int Version { get; }

    /// <summary>When the last event happened.</summary>
    public Instant LastChanged { get; }

    /// <summary>Returns the identifier, state and version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Identifier}: {State} (version {Version})";
}
