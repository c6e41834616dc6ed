using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Json;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// The value converters between the domain's values and their columns. Reading a column goes through the domain's
/// own readers and factories (the JSON readers validate every document), so a corrupt value raises
/// <see cref="StoredValueException"/> instead of making an invalid instance.
/// </summary>
internal static class StoredValues
{
    public static ValueConverter<TechnicalAssistanceProject, string> Project { get; } = new(
        p => StammJson.WriteProject(p),
        json => Take(StammJson.ReadProject(json), "project"));

    public static ValueConverter<RuleSet, string> RuleSet { get; } = new(
        r => StammJson.WriteRuleSet(r),
        json => Take(StammJson.ReadRuleSet(json), "rule set"));

    public static ValueConverter<AssistanceRequest, string> Request { get; } = new(
        r => StammJson.WriteRequest(r, JsonWriteOptions.Compact),
        json => Take(StammJson.ReadRequest(json), "request"));

    // An amount keeps its scale (50000 stays 50000, not 50000.0), as the documents and the decisions made on it do.
    public static ValueConverter<decimal, string> ExactDecimal { get; } = new(
        d => d.ToString(CultureInfo.InvariantCulture),
        text => ToDecimal(text));

    public static ValueConverter<Country, string> Country { get; } = new(
        c => c.Code,
        code => ToCountry(code));

    public static ValueConverter<Currency, string> Currency { get; } = new(
        c => c.Code,
        code => ToCurrency(code));

    // Instants are stored as UTC date-times (timestamptz on PostgreSQL, ISO text on SQLite); providers without a
    // NodaTime mapping store them too, and one model serves every provider.
    public static ValueConverter<Instant, DateTimeOffset> Instant { get; } = new(
        i => i.ToDateTimeOffset(),
        d => NodaTime.Instant.FromDateTimeOffset(d));

    public static ValueConverter<LocalDate, DateOnly> Date { get; } = new(
        d => d.ToDateOnly(),
        d => LocalDate.FromDateOnly(d));

    public static ValueConverter<IReadOnlyList<Country>, string> Countries { get; } = new(
        list => string.Join(',', list.Select(c => c.Code)),
        text => Split(text).Select(ToCountry).ToArray());

    public static ValueConverter<IReadOnlyList<ActivityType>, string> ActivityTypes { get; } = new(
        list => string.Join(',', list),
        text => Split(text).Select(ToEnum<ActivityType>).ToArray());

    public static ValueConverter<IReadOnlyList<ThematicArea>, string> Themes { get; } = new(
        list => string.Join(',', list),
        text => Split(text).Select(ToEnum<ThematicArea>).ToArray());

    public static ValueComparer<IReadOnlyList<T>> ListComparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToArray());

    /// <summary>The text of a stored instant in problems.</summary>
    public static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    internal static T Take<T>(ValidationResult<T> read, string what)
        where T : class =>
        read.Match(value => value, failure => throw new StoredValueException($"The stored {what} is not valid: {Describe(failure)}", failure));

    internal static string Describe(ValidationFailure failure) =>
        string.Join("; ", failure.Problems.Take(5).Select(p => string.IsNullOrEmpty(p.Path) ? $"{p.Code}: {p.Message}" : $"{p.Code} at {p.Path}: {p.Message}"))
        + (failure.Problems.Length > 5 ? $" (and {failure.Problems.Length - 5} more)" : string.Empty);

    private static string[] Split(string text) =>
        text.Length == 0 ? [] : text.Split(',');

    private static decimal ToDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StoredValueException($"'{text}' is not a decimal number.", null);

    private static Country ToCountry(string code) =>
        Geography.Country.TryFromCode(code, out var country)
            ? country
            : throw new StoredValueException($"'{code}' is not an ISO 3166-1 country code the model knows.", null);

    private static Currency ToCurrency(string code) =>
        Finance.Currency.TryFromCode(code, out var currency)
            ? currency
            : throw new StoredValueException($"'{code}' is not an ISO 4217 currency code the model knows.", null);

    private static T ToEnum<T>(string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? value
            : throw new StoredValueException($"'{name}' is not a {typeof(T).Name}.", null);
}

/// <summary>A stored value the domain does not accept; the store names its row and column (<see cref="StoredRowException"/>).</summary>
internal sealed class StoredValueException(string message, ValidationFailure? problems) : Exception(message)
{
    public ValidationFailure? Problems { get; } = problems;
}
