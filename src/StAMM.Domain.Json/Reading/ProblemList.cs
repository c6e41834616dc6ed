using System.Globalization;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// The problems of one read, up to <see cref="JsonReadOptions.MaxProblems"/>: later ones are only counted, and the
/// failure ends with one problem that says how many more there were. A caller whose message is costly to build asks
/// <see cref="IsFull"/> first and calls <see cref="Omit"/> instead, so a flood of problems builds nothing.
/// </summary>
internal sealed class ProblemList(int max)
{
    private readonly List<ValidationProblem> _kept = [];
    private long _omitted;

    /// <summary>Every problem found, kept or not.</summary>
    public long Count => _kept.Count + _omitted;

    /// <summary>Whether the next problem would only be counted.</summary>
    public bool IsFull => _kept.Count >= max;

    public void Add(ValidationProblem problem)
    {
        if (IsFull)
        {
            _omitted++;
        }
        else
        {
            _kept.Add(problem);
        }
    }

    public void Add(string code, ValuePath path, string message)
    {
        if (IsFull)
        {
            _omitted++;
        }
        else
        {
            _kept.Add(new ValidationProblem(code, path.ToString(), message));
        }
    }

    /// <summary>
    /// Adds the problem that ends a read (not JSON, too deep): it is always reported, in place of the last kept one
    /// when the list is full, so that a reader can still tell an unreadable input from an invalid document.
    /// </summary>
    public void AddDecisive(ValidationProblem problem)
    {
        if (IsFull)
        {
            _kept[^1] = problem;
            _omitted++;
        }
        else
        {
            _kept.Add(problem);
        }
    }

    /// <summary>Counts problems that are not built because the list is full.</summary>
    public void Omit(long count = 1) => _omitted += count;

    public ValidationFailure ToFailure() => _omitted == 0
        ? new ValidationFailure(_kept)
        : new ValidationFailure([.. _kept, new ValidationProblem(
            JsonProblemCodes.TooManyProblems,
            JsonPath.Root,
            string.Create(CultureInfo.InvariantCulture, $"... and {_omitted} more problems, not reported: at most {max} are (JsonReadOptions.MaxProblems).")),
        ]);
}
