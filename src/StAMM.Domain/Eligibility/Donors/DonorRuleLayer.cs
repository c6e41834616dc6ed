using Ardalis.GuardClauses;
using StAMM.Domain.Organisations;

namespace StAMM.Domain.Eligibility;

/// <summary>A donor's own rules, put on top of the project's rule set for requests that prefer that donor.</summary>
/// <remarks>Immutable value.</remarks>
public sealed record DonorRuleLayer
{
    /// <summary>Creates a layer.</summary>
    /// <param name="donor">The donor.</param>
    /// <param name="rules">The donor's rules; they replace the project's rules of the same code.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DonorRuleLayer(Donor donor, RuleSet rules)
    {
        Donor = Guard.Against.Null(donor);
        Rules = Guard.Against.Null(rules);
    }

    /// <summary>The donor.</summary>
    public Donor Donor { get; }

    /// <summary>The donor's rules.</summary>
    public RuleSet Rules { get; }
}
