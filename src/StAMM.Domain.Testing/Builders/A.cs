namespace StAMM.Domain.Testing;

/// <summary>
/// Entry points for builders whose names take "a": <c>A.Project</c>, <c>A.Donor</c>, <c>A.Contribution</c>, <c>A.Request</c>.
/// Each property returns a new builder with a valid StAMM default.
/// </summary>
public static class A
{
    /// <summary>A StAMM-like project without activities; see <see cref="ProjectBuilder"/>.</summary>
    public static ProjectBuilder Project => new();

    /// <summary>SEM as a donor; see <see cref="DonorBuilder"/>.</summary>
    public static DonorBuilder Donor => new();

    /// <summary>SEM's contribution, amount unknown; see <see cref="ContributionBuilder"/>.</summary>
    public static ContributionBuilder Contribution => new();

    /// <summary>
    /// An eligible request of the Ministry of Security of Bosnia and Herzegovina for a three-day training, 70 days
    /// after its submission on <see cref="RequestBuilder.DefaultSubmissionDate"/>; see <see cref="RequestBuilder"/>.
    /// </summary>
    public static RequestBuilder Request => new();
}

/// <summary>Entry points for builders whose names take "an": <c>An.Activity</c>, <c>An.Institution</c>, <c>An.EvaluationContext</c>.</summary>
public static class An
{
    /// <summary>A three-day in-person training in Sarajevo for Bosnia and Herzegovina's Ministry of Security, funded by SEM; see <see cref="ActivityBuilder"/>.</summary>
    public static ActivityBuilder Activity => new();

    /// <summary>The Ministry of Security of Bosnia and Herzegovina; see <see cref="InstitutionBuilder"/>.</summary>
    public static InstitutionBuilder Institution => new();

    /// <summary>The StAMM project's context for evaluating a request, "today" pinned to <see cref="RequestBuilder.DefaultSubmissionDate"/>; see <see cref="EvaluationContextBuilder"/>.</summary>
    public static EvaluationContextBuilder EvaluationContext => new();
}
