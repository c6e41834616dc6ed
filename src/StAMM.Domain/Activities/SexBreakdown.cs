using StAMM.Domain.Validation;

namespace StAMM.Domain.Activities;

/// <summary>How many participants were women, men, or did not say or identify otherwise.</summary>
/// <remarks>Immutable value.</remarks>
public sealed record SexBreakdown
{
    private SexBreakdown(int female, int male, int other)
    {
        Female = female;
        Male = male;
        Other = other;
    }

    /// <summary>Women.</summary>
    public int Female { get; }

    /// <summary>Men.</summary>
    public int Male { get; }

    /// <summary>Participants who identified otherwise or did not say.</summary>
    public int Other { get; }

    /// <summary>The sum of the three counts.</summary>
    public int Total => Female + Male + Other;

    /// <summary>Validates and creates a breakdown.</summary>
    /// <param name="female">Women; not negative.</param>
    /// <param name="male">Men; not negative.</param>
    /// <param name="other">Others; not negative.</param>
    /// <returns>The breakdown, or the problems (paths <c>female</c>, <c>male</c>, <c>other</c>).</returns>
    public static ValidationResult<SexBreakdown> Create(int female, int male, int other = 0)
    {
        var problems = new ProblemCollector();
        NotNegative(problems, female, "female");
        NotNegative(problems, male, "male");
        NotNegative(problems, other, "other");
        if ((long)female + male + other > int.MaxValue)
        {
            problems.Add(ProblemCodes.OutOfRange, string.Empty, "The counts are too large.");
        }

        return problems.Finish(() => new SexBreakdown(female, male, other));
    }

    internal static void NotNegative(ProblemCollector problems, int value, string path)
    {
        if (value < 0)
        {
            problems.Add(ProblemCodes.OutOfRange, path, $"A count cannot be negative; {value} was given.");
        }
    }
}
