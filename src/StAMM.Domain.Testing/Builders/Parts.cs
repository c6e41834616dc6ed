using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>Collects the problems of the parts a builder makes before it calls the factory of the whole.</summary>
internal sealed class Parts
{
    private readonly List<ValidationProblem> _problems = [];

    public bool HasProblems => _problems.Count > 0;

    /// <summary>Takes a part's value, or records its problems below <paramref name="prefix"/>.</summary>
    public T? Take<T>(ValidationResult<T> result, string prefix)
        where T : class
    {
        if (result.IsValid)
        {
            return result.OrThrow();
        }

        _problems.AddRange(result.Problems.Select(p => p.Under(prefix)));
        return null;
    }

    /// <summary>Takes each part's value, recording the problems of the invalid ones below <c>prefix[i]</c>.</summary>
    public List<T> TakeAll<T>(IEnumerable<Func<ValidationResult<T>>> parts, string prefix)
        where T : class
    {
        var values = new List<T>();
        var i = 0;
        foreach (var part in parts)
        {
            if (Take(part(), $"{prefix}[{i}]") is { } value)
            {
                values.Add(value);
            }

            i++;
        }

        return values;
    }

    /// <summary>The problems of the parts, or, when every part was valid, what the factory of the whole says.</summary>
    public ValidationResult<T> Then<T>(Func<ValidationResult<T>> create)
        where T : class => HasProblems ? new ValidationFailure(_problems) : create();

    /// <summary>A part that is a value already.</summary>
    public static Func<ValidationResult<T>> Of<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return () => value;
    }

    /// <summary>A part another builder makes.</summary>
    public static Func<ValidationResult<T>> Built<T>(ITestDataBuilder<T> builder)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build;
    }
}
