using System.Text;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// A name twice in one object is refused wherever it is, as the parser refuses it, although the reader parses without
/// that check and counts the objects it has seen whole instead: objects it does not read property by property, and
/// documents with a brace inside a text, are checked by the parser again.
/// </summary>
public sealed class DuplicateNameTests
{
    private static readonly string Project = StammJson.WriteProject(Stamm.Project);

    [Fact]
    public void A_country_twice_in_a_participant_count_is_refused()
    {
        var json = Patch(Project, "\"participants\": {", "\"participants\": {\"countByCountry\": {\"AL\": 3, \"AL\": 4},");

        var result = StammJson.ReadProject(json);

        result.Should().FailWithExactly(JsonProblemCodes.DuplicateProperty, "$.activities[0].participants.countByCountry.AL");
    }

    [Fact]
    public void A_parameter_twice_in_a_rule_is_refused()
    {
        var json = Patch(StammJson.WriteRuleSet(StammRuleSet.Default), "\"requiredFields\": {", "\"requiredFields\": {}, \"requiredFields\": {");

        var result = StammJson.ReadRuleSet(json);

        result.Should().FailWithExactly(JsonProblemCodes.DuplicateProperty, "$.rules[0].parameters.requiredFields");
    }

    [Fact]
    public void A_name_twice_in_a_document_with_a_brace_in_a_text_is_refused()
    {
        var json = Patch(Project, "\"acronym\": \"StAMM\",", "\"acronym\": \"{StAMM}\", \"acronym\": \"StAMM\",");

        var result = StammJson.ReadProject(json);

        result.Should().FailWithExactly(JsonProblemCodes.DuplicateProperty, "$.acronym");
    }

    [Fact]
    public void A_valid_document_with_a_brace_in_a_text_reads_whole()
    {
        var json = Patch(Project, "\"title\": \"StAMM Negotiations Skills Training\"", "\"title\": \"StAMM Negotiations {Skills} Training\"");

        var result = StammJson.ReadProject(Encoding.UTF8.GetBytes(json));

        result.Problems.Should().BeEmpty();
        result.OrThrow().Activities[0].Title.Should().Be("StAMM Negotiations {Skills} Training");
    }

    /// <summary>The document with the first <paramref name="find"/> replaced.</summary>
    private static string Patch(string json, string find, string replace)
    {
        var at = json.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        return string.Concat(json.AsSpan(0, at), replace, json.AsSpan(at + find.Length));
    }
}
