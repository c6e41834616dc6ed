using Ardalis.GuardClauses;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>The person who acts on a case: who submitted, evaluated, reviewed, approved or closed it.</summary>
/// <remarks>
/// <para>A person is known by name and institution; the role (such as <c>programme officer</c> or
/// <c>reviewer</c>) says in which capacity they acted and does not make them another person, so the four-eyes rule
/// compares name (ignoring case) and institution, never the role.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed record Actor
{
    private Actor(string name, string role, Institution? institution)
    {
        Name = name;
        Role = role;
        Institution = institution;
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The capacity in which the person acts, such as <c>reviewer</c>.</summary>
    public string Role { get; }

    /// <summary>The person's institution; <see langword="null"/> when not known (an approver's must be known).</summary>
    public Institution? Institution { get; }

    /// <summary>Validates and creates an actor.</summary>
    /// <param name="name">The person's name; required.</param>
    /// <param name="role">The capacity; required.</param>
    /// <param name="institution">The person's institution, if known.</param>
    /// <returns>The actor, or the problems (paths <c>name</c>, <c>role</c>).</returns>
    public static ValidationResult<Actor> Create(string? name, string? role, Institution? institution = null)
    {
        var problems = new ProblemCollector();
        var validName = Text.Required(problems, name, "name");
        var validRole = Text.Required(problems, role, "role", 200);
        return problems.Finish(() => new Actor(validName, validRole, institution));
    }

    /// <summary>Tells whether two actors are the same person: same name (ignoring case) and same institution.</summary>
    /// <param name="other">Another actor.</param>
    /// <returns><see langword="true"/> for the same person, whatever the roles.</returns>
    public bool IsSamePersonAs(Actor other)
    {
        Guard.Against.Null(other);
        return string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && Institution == other.Institution;
    }

    /// <summary>Tells whether the person belongs to an institution or to one above it.</summary>
    /// <param name="institution">An institution.</param>
    /// <returns><see langword="true"/> when the person's institution is it or one of its parents.</returns>
    public bool BelongsTo(Institution institution)
    {
        Guard.Against.Null(institution);
        if (Institution is null)
        {
            return false;
        }

        for (var current = institution; current is not null; current = current.Parent)
        {
            if (current == Institution)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the name and role.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Role})";
}
