#region usings
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Time;
#endregion

namespace StAMM.Domain.Guides;

/// <summary>The README's tour of the model.</summary>
public static class ModelTour
{
    /// <summary>A tour of the model: the built-in project, a new activity, the Kosovo designation.</summary>
    public static void Run()
    {
        #region model-tour
        // The built-in StAMM project.
        var stamm = Stamm.Project;
        Console.WriteLine($"{stamm.Acronym}: {stamm.Activities.Length} activities since {stamm.Period.Start}");

        // A new activity: the factory returns the activity or every problem with the input.
        var result = Activity.Create(
            identifier: "2021-05-asylum-workshop",
            type: ActivityType.Workshop,
            title: "Regional workshop on asylum procedures",
            period: ActivityPeriod.Exact(new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 11)),
            venue: Venue.InPerson("Podgorica", Country.Montenegro).OrThrow(),
            funding: [FundingSource.From(Stamm.StateSecretariatForMigration)]);

        // Putting it into the project checks that it fits: dates, scope, donors.
        var updated = result.IsValid ? stamm.WithActivity(result.OrThrow()) : null;
        Console.WriteLine(updated?.IsValid == true
            ? $"{updated.OrThrow().Activities.Length} activities"
            : string.Join(Environment.NewLine, updated?.Problems ?? result.Problems));

        // Kosovo as the EU designates it.
        Console.WriteLine(KosovoDesignation.Default.DisplayName(Country.Kosovo)); // Kosovo*
        #endregion
    }
}
