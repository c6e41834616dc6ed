using System.Collections.Immutable;

namespace StAMM.Domain.Testing;

// Generator inputs are values: two inputs with equal arguments are equal. A record compares an ImmutableArray by the
// array it wraps, so the inputs that hold one compare their members here, collections element by element.

internal sealed partial record ActivityInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ActivityInput? other) =>
        other is not null
        && Equals(Identifier, other.Identifier)
        && Equals(Type, other.Type)
        && Equals(Title, other.Title)
        && Equals(Period, other.Period)
        && Equals(Venue, other.Venue)
        && InputArrays.Equal(Beneficiaries, other.Beneficiaries)
        && Equals(Participants, other.Participants)
        && Equals(Experts, other.Experts)
        && InputArrays.Equal(Topics, other.Topics)
        && InputArrays.Equal(TopicCountries, other.TopicCountries)
        && InputArrays.Equal(Funding, other.Funding)
        && InputArrays.Equal(Dialogues, other.Dialogues)
        && InputArrays.Equal(Documents, other.Documents)
        && Equals(Summary, other.Summary)
        && InputArrays.Equal(ThematicAreas, other.ThematicAreas);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Identifier);
        hash.Add(Type);
        hash.Add(Title);
        hash.Add(Period);
        hash.Add(Venue);
        InputArrays.Add(ref hash, Beneficiaries);

        hash.Add(Participants);
        hash.Add(Experts);
        InputArrays.Add(ref hash, Topics);

        InputArrays.Add(ref hash, TopicCountries);

        InputArrays.Add(ref hash, Funding);

        InputArrays.Add(ref hash, Dialogues);

        InputArrays.Add(ref hash, Documents);

        hash.Add(Summary);
        InputArrays.Add(ref hash, ThematicAreas);
        return hash.ToHashCode();
    }
}

internal sealed partial record CountryGroupInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(CountryGroupInput? other) =>
        other is not null
        && Equals(Name, other.Name)
        && InputArrays.Equal(Countries, other.Countries)
        && Equals(Region, other.Region);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        InputArrays.Add(ref hash, Countries);

        hash.Add(Region);
        return hash.ToHashCode();
    }
}

internal sealed partial record ScopeInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ScopeInput? other) =>
        other is not null
        && Equals(Kind, other.Kind)
        && InputArrays.Equal(Countries, other.Countries)
        && (Shares, other.Shares) switch { (null, null) => true, ({ } mine, { } theirs) => InputArrays.Equal(mine, theirs), _ => false }
        && Equals(Region, other.Region);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        InputArrays.Add(ref hash, Countries);

        InputArrays.Add(ref hash, Shares ?? []);

        hash.Add(Region);
        return hash.ToHashCode();
    }
}

internal sealed partial record DonorInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(DonorInput? other) =>
        other is not null
        && Equals(Organisation, other.Organisation)
        && InputArrays.Equal(Programmes, other.Programmes);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Organisation);
        InputArrays.Add(ref hash, Programmes);
        return hash.ToHashCode();
    }
}

internal sealed partial record RuleSetInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RuleSetInput? other) =>
        other is not null
        && Equals(Name, other.Name)
        && Equals(Version, other.Version)
        && Equals(InForceFrom, other.InForceFrom)
        && Equals(InForceUntil, other.InForceUntil)
        && InputArrays.Equal(Rules, other.Rules);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        hash.Add(Version);
        hash.Add(InForceFrom);
        hash.Add(InForceUntil);
        InputArrays.Add(ref hash, Rules);
        return hash.ToHashCode();
    }
}

internal sealed partial record DacListInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(DacListInput? other) =>
        other is not null
        && InputArrays.Equal(Entries, other.Entries);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        InputArrays.Add(ref hash, Entries);
        return hash.ToHashCode();
    }
}

internal sealed partial record EvaluationContextInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(EvaluationContextInput? other) =>
        other is not null
        && Equals(Project, other.Project)
        && Equals(AsOf, other.AsOf)
        && InputArrays.Equal(Balances, other.Balances)
        && InputArrays.Equal(Activities, other.Activities)
        && InputArrays.Equal(OpenRequests, other.OpenRequests);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Project);
        hash.Add(AsOf);
        InputArrays.Add(ref hash, Balances);

        InputArrays.Add(ref hash, Activities);

        InputArrays.Add(ref hash, OpenRequests);
        return hash.ToHashCode();
    }
}

internal sealed partial record RequestingPartyInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RequestingPartyInput? other) =>
        other is not null
        && Equals(Requester, other.Requester)
        && Equals(Contact, other.Contact)
        && Equals(CoRequester, other.CoRequester)
        && InputArrays.Equal(Beneficiaries, other.Beneficiaries);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Requester);
        hash.Add(Contact);
        hash.Add(CoRequester);
        InputArrays.Add(ref hash, Beneficiaries);
        return hash.ToHashCode();
    }
}

internal sealed partial record RequestedActivityInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RequestedActivityInput? other) =>
        other is not null
        && Equals(Type, other.Type)
        && InputArrays.Equal(Themes, other.Themes)
        && Equals(Title, other.Title)
        && Equals(Need, other.Need)
        && Equals(ServesObligation, other.ServesObligation)
        && Equals(ExpertsRequested, other.ExpertsRequested)
        && Equals(PlannedActivities, other.PlannedActivities)
        && Equals(Scope, other.Scope)
        && Equals(OutputDesignation, other.OutputDesignation);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type);
        InputArrays.Add(ref hash, Themes);
        hash.Add(Title);
        hash.Add(Need);
        hash.Add(ServesObligation);
        hash.Add(ExpertsRequested);
        hash.Add(PlannedActivities);
        hash.Add(Scope);
        hash.Add(OutputDesignation);
        return hash.ToHashCode();
    }
}

internal sealed partial record CostEstimateInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(CostEstimateInput? other) =>
        other is not null
        && InputArrays.Equal(Lines, other.Lines)
        && Equals(PreferredDonor, other.PreferredDonor);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        InputArrays.Add(ref hash, Lines);
        hash.Add(PreferredDonor);
        return hash.ToHashCode();
    }
}

internal sealed partial record RequestDeclarationsInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RequestDeclarationsInput? other) =>
        other is not null
        && InputArrays.Equal(Attachments, other.Attachments)
        && Equals(IsEmergency, other.IsEmergency)
        && Equals(DeclaresNoParallelFunding, other.DeclaresNoParallelFunding)
        && Equals(Coordination, other.Coordination)
        && Equals(Justification, other.Justification);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        InputArrays.Add(ref hash, Attachments);
        hash.Add(IsEmergency);
        hash.Add(DeclaresNoParallelFunding);
        hash.Add(Coordination);
        hash.Add(Justification);
        return hash.ToHashCode();
    }
}

internal sealed partial record ProjectInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ProjectInput? other) =>
        other is not null
        && Equals(Identifier, other.Identifier)
        && Equals(Acronym, other.Acronym)
        && Equals(Title, other.Title)
        && Equals(Scope, other.Scope)
        && Equals(Status, other.Status)
        && Equals(Period, other.Period)
        && Equals(Implementer, other.Implementer)
        && InputArrays.Equal(Contributions, other.Contributions)
        && InputArrays.Equal(Activities, other.Activities)
        && InputArrays.Equal(ThematicAreas, other.ThematicAreas)
        && InputArrays.Equal(AlternativeTitles, other.AlternativeTitles)
        && Equals(Summary, other.Summary)
        && Equals(Objective, other.Objective)
        && Equals(OpenToFurtherDonors, other.OpenToFurtherDonors);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Identifier);
        hash.Add(Acronym);
        hash.Add(Title);
        hash.Add(Scope);
        hash.Add(Status);
        hash.Add(Period);
        hash.Add(Implementer);
        InputArrays.Add(ref hash, Contributions);

        InputArrays.Add(ref hash, Activities);

        InputArrays.Add(ref hash, ThematicAreas);

        InputArrays.Add(ref hash, AlternativeTitles);

        hash.Add(Summary);
        hash.Add(Objective);
        hash.Add(OpenToFurtherDonors);
        return hash.ToHashCode();
    }
}

internal sealed partial record ParticipantsInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ParticipantsInput? other) =>
        other is not null
        && Equals(Count, other.Count)
        && InputArrays.Equal(Countries, other.Countries)
        && (CountByCountry is null ? other.CountByCountry is null : other.CountByCountry is not null && CountByCountry.SequenceEqual(other.CountByCountry))
        && Equals(BySex, other.BySex)
        && Equals(Description, other.Description);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        InputArrays.Add(ref hash, Countries);

        hash.Add(CountByCountry?.Count);
        hash.Add(BySex);
        hash.Add(Description);
        return hash.ToHashCode();
    }
}

/// <summary>Equality and hashing of an input's collection, element by element; a default (uninitialised) array equals only another.</summary>
internal static class InputArrays
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.IsDefault || right.IsDefault ? left.IsDefault == right.IsDefault : left.SequenceEqual(right);

    public static void Add<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        hash.Add(items.IsDefault ? -1 : items.Length);
        if (!items.IsDefault)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }
    }
}
