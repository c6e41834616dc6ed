using System.Diagnostics.CodeAnalysis;

namespace StAMM.Domain.Validation;

/// <summary>Collects the problems of one validation so that a factory reports all of them at once.</summary>
internal sealed class ProblemCollector
{
    private List<ValidationProblem>? _problems;

    public bool HasProblems => _problems is { Count: > 0 };

    public void Add(string code, string path, string message) =>
        (_problems ??= []).Add(new ValidationProblem(code, path, message));

    public void AddAll(ValidationFailure failure, string prefix)
    {
        foreach (var problem in failure.Problems)
        {
            (_problems ??= []).Add(problem.Under(prefix));
        }
    }

    /// <summary>Takes the value of a nested result, or records its problems below <paramref name="prefix"/>.</summary>
    public bool TryTake<T>(ValidationResult<T> result, string prefix, [NotNullWhen(true)] out T? value)
        where T : class
    {
        if (result.TryPickT0(out var ok, out var failure))
        {
            value = ok;
            return true;
        }

        AddAll(failure, prefix);
        value = null;
        return false;
    }

    public ValidationFailure ToFailure() => new(_problems!);

    /// <summary>Returns the failure when any problem was found, otherwise makes the value.</summary>
    public ValidationResult<T> Finish<T>(Func<T> create)
        where T : class =>
        HasProblems ? ToFailure() : create();
}
