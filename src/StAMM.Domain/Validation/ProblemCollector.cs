using System.Diagnostics.CodeAnalysis;

namespace StAMM.Domain.Validation;

/// <summary>Collects the problems of one validation so that a factory reports all of them at once.</summary>
internal sealed class ProblemCollector
{
    private List<ValidationProblem>? _problems;

    public bool HasProblems => _problems is { Count: > 0 };

    public void Add(string code, string path, string message) =>
        (_problems ??= []).Add(new ValidationProblem(code, path, message));

    /// <summary>Records a problem a check found, such as a parameter's range (<c>RuleParameterDeclaration&lt;T&gt;.ProblemWith</c>); nothing for <see langword="null"/>.</summary>
    public void Add(ValidationProblem? problem)
    {
        if (problem is not null)
        {
            (_problems ??= []).Add(problem);
        }
    }

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

    /// <summary>
    /// The one duplicate check of the factories: reports every element whose key an earlier element has, as a
    /// <see cref="ProblemCodes.Duplicate"/> at <c>{path}[i]</c>, in one pass (the keys are hashed, so a long list costs
    /// no more than its length).
    /// </summary>
    /// <param name="list">The elements, in the caller's order.</param>
    /// <param name="key">What must not repeat.</param>
    /// <param name="path">The list's path, such as <c>rules</c>.</param>
    /// <param name="message">The message, from the repeating element and the index of the first element with its key.</param>
    /// <param name="member">What follows the index in the path, such as <c>.identifier</c>; nothing by default.</param>
    public void AddDuplicates<T, TKey>(ReadOnlySpan<T> list, Func<T, TKey> key, string path, Func<T, int, string> message, string member = "")
        where TKey : notnull
    {
        if (list.Length < 2)
        {
            return;
        }

        var first = new Dictionary<TKey, int>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var k = key(list[i]);
            if (!first.TryAdd(k, i))
            {
                Add(ProblemCodes.Duplicate, $"{path}[{i}]{member}", message(list[i], first[k]));
            }
        }
    }

    public ValidationFailure ToFailure() => new(_problems!);

    /// <summary>Returns the failure when any problem was found, otherwise makes the value.</summary>
    public ValidationResult<T> Finish<T>(Func<T> create)
        where T : class =>
        HasProblems ? ToFailure() : create();
}
