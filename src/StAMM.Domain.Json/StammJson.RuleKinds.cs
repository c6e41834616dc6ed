using Ardalis.GuardClauses;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json.Schemas;

namespace StAMM.Domain.Json;

/// <summary>The rule-set schema for rule kinds of your own.</summary>
public static partial class StammJson
{
    /// <summary>
    /// The JSON Schema (draft 2020-12) of rule-set documents whose rules are of the given kinds: one branch per kind, its
    /// parameters typed and closed. <see cref="Schema"/> of <see cref="RuleSetKind"/> is this schema for
    /// <see cref="BuiltIn.StammRuleSet.Kinds"/>; pass your registry (<c>StammRuleSet.Kinds.With(MyRule.Declaration)</c>)
    /// to validate documents that hold your kinds.
    /// </summary>
    /// <param name="ruleKinds">The kinds the documents may hold.</param>
    /// <returns>The schema, as indented text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleKinds"/> is null.</exception>
    public static string RuleSetSchema(RuleKindRegistry ruleKinds) => SchemaGenerator.RuleSetWith(Guard.Against.Null(ruleKinds));
}
