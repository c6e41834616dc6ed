using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// Reads rule sets and rules. Each built-in rule kind is made again through its validating <c>Create</c> factory from
/// the document's parameters; composites nest; kinds of the user's own go through <see cref="JsonReadOptions.RuleKinds"/>.
/// </summary>
internal static class RuleReader
{
    private static readonly FrozenDictionary<string, Func<Parameters, ValidationResult<EligibilityRule>?>> Leaves = new Dictionary<string, Func<Parameters, ValidationResult<EligibilityRule>?>>(StringComparer.Ordinal)
    {
        ["requiredAttachments"] = p => Both(p.Names<AttachmentKind>("always"), p.Names<AttachmentKind>("forStudyVisits", optional: true), (a, s) => RequiredAttachmentsRule.Create(a, s)),
        ["formComplete"] = p => Both(p.Names<FormField>("requiredFields"), p.Codes("workingLanguages"), (f, l) => FormCompleteRule.Create(f, l)),
        ["countryInScope"] = p => p.Countries("countries") is { } c ? CountryInScopeRule.Create(c).Map(Widen) : null,
        ["institutionType"] = p => Both(p.Names<InstitutionType>("allowedTypes"), p.Names<InstitutionType>("jointOnlyTypes", optional: true), (a, j) => InstitutionTypeRule.Create(a, j).Map(Widen)),
        ["centralEndorsement"] = p => p.Allow("requiredAttachment").Names<InstitutionType>("exemptTypes") is { } e ? Made(CentralEndorsementRule.Create(e)) : null,
        ["themeInMandate"] = p => p.Names<ThematicArea>("themes") is { } t ? ThemeInMandateRule.Create(t).Map(Widen) : null,
        ["activityTypeAllowed"] = p => p.Names<ActivityType>("types") is { } t ? ActivityTypeAllowedRule.Create(t).Map(Widen) : null,
        ["leadTime"] = p =>
        {
            var (warn, fail, emergency) = (p.Int("warnBelowDays"), p.Int("failBelowDays"), p.Flag("emergencyOverride"));
            return warn is { } w && fail is { } f && emergency is { } e ? LeadTimeRule.Create(w, f, e).Map(Widen) : null;
        },
        ["preparationTime"] = p => p.Int("warnBelowDays") is { } w ? PreparationTimeRule.Create(w).Map(Widen) : null,
        ["maxDuration"] = MaxDuration,
        ["totalSpan"] = p => Both(p.Int("maxSpanMonths"), p.Int("maxActivities"), (m, a) => TotalSpanRule.Create(m, a).Map(Widen)),
        ["projectActive"] = ProjectActive,
        ["expertsPerMission"] = p => Both(p.Int("maxExperts"), p.Names<ActivityType>("types"), (m, t) => ExpertsPerMissionRule.Create(m, t).Map(Widen)),
        ["studyVisitDelegation"] = p => Both(p.Int("maxDelegation"), p.Int("maxWithJustification"), (m, j) => StudyVisitDelegationRule.Create(m, j).Map(Widen)),
        ["minimumParticipants"] = p => Both(p.Int("minParticipants"), p.Names<ActivityType>("types"), (m, t) => MinimumParticipantsRule.Create(m, t).Map(Widen)),
        ["donorCountryEarmark"] = _ => DonorCountryEarmarkRule.Default,
        ["donorThemeEarmark"] = _ => DonorThemeEarmarkRule.Default,
        ["donorPeriodEarmark"] = _ => DonorPeriodEarmarkRule.Default,
        ["donorBalance"] = _ => DonorBalanceRule.Default,
        ["costCeiling"] = p => Both(p.Money("softPerActivity"), p.Money("hardPerRequest"), (s, h) => CostCeilingRule.Create(s, h).Map(Widen)),
        ["eligibleCostLines"] = p => Both(p.Names<CostCategory>("allowed"), p.Names<CostCategory>("reviewed", optional: true), (a, r) => EligibleCostLinesRule.Create(a, r).Map(Widen)),
        ["noDuplicate"] = p => p.Allow("matchOn").Int("toleratedOverlaps") is { } t ? NoDuplicateRule.Create(t).Map(Widen) : null,
        ["noParallelFunding"] = p => Both(p.Allow("requireDeclaration").Flag("requireCoordinationStatement"), p.Codes("facilities"), (r, f) => NoParallelFundingRule.Create(r, f)),
        ["kosovoDesignation"] = p => p.Allow("marker").Codes("acceptedVariants") is { } v ? KosovoDesignationRule.Create(v).Map(Widen) : null,
        ["odaRecipient"] = OdaRecipient,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Composites = FrozenSet.Create(StringComparer.Ordinal, "allOf", "anyOf", "not");

    /// <summary>Every built-in rule kind.</summary>
    public static readonly FrozenSet<string> BuiltInKinds = Leaves.Keys.Concat(Composites).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads the rule set's own properties (the document header is read by the caller).</summary>
    public static RuleSet? RuleSet(ObjectReader o)
    {
        var walk = o.Walk;
        var name = o.String("name", required: true);
        var version = o.String("version", required: true);
        var from = o.Date("inForceFrom", required: true);
        var until = o.Date("inForceUntil", required: false);
        ImmutableArray<EligibilityRule>? rules = null;
        if (o.TryGet("rules", required: true, out var list, out var listPath))
        {
            rules = walk.Array(list, listPath, Rule);
            if (rules is null)
            {
                o.Fail();
            }
        }

        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(Eligibility.RuleSet.Create(name, version, from!.Value, until, rules!.Value), o.Path) : null;
    }

    /// <summary>Reads one rule, of any kind.</summary>
    public static EligibilityRule? Rule(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var kind = o.String("kind", required: true);
        var code = o.String("code", required: true);
        var title = o.String("title", required: true);
        var severity = o.Enum<Severity>("severity", required: true);
        var stage = o.Enum<RuleStage>("stage", required: true);
        var source = o.Read("source", required: true, Source);
        Parameters? parameters = null;
        if (o.TryGet("parameters", required: false, out var p, out var pPath))
        {
            parameters = walk.Object(p, pPath) is not null ? Parameters.Read(walk, p, pPath) : null;
            if (parameters is null)
            {
                o.Fail();
            }
        }

        parameters ??= Parameters.None(walk, JsonPath.Property(path, "parameters"));
        var hasChildren = o.TryGet("children", required: false, out var c, out var cPath);
        ImmutableArray<EligibilityRule>? children = hasChildren ? walk.Array(c, cPath, Rule) : [];
        if (children is null)
        {
            o.Fail();
        }

        var ok = !o.Failed;
        o.Finish();
        if (kind is null)
        {
            return null;
        }

        var kindPath = JsonPath.Property(path, "kind");
        if (Composites.Contains(kind))
        {
            parameters.Allow("rules");
            parameters.Finish();
            if (!hasChildren)
            {
                walk.Add(JsonProblemCodes.MissingProperty, cPath, $"A '{kind}' rule nests its rules in 'children'.");
                return null;
            }

            if (!ok)
            {
                return null;
            }

            var list = children!.Value;
            if (kind == "not" && list.Length != 1)
            {
                walk.Add(ProblemCodes.OutOfRange, cPath, $"A 'not' rule has exactly one child; {list.Length} were given.");
                return null;
            }

            return kind switch
            {
                "allOf" => walk.Take(AllOfRule.Create(code, title, severity!.Value, stage!.Value, source!, list), path),
                "anyOf" => walk.Take(AnyOfRule.Create(code, title, severity!.Value, stage!.Value, source!, list), path),
                _ => walk.Take(NotRule.Create(code, title, severity!.Value, stage!.Value, source!, list[0]), path),
            };
        }

        if (Leaves.TryGetValue(kind, out var read))
        {
            if (hasChildren)
            {
                walk.Add(JsonProblemCodes.UnknownProperty, cPath, $"A '{kind}' rule has no children; only allOf, anyOf and not have.");
                return null;
            }

            var made = read(parameters);
            parameters.Finish();
            if (!ok || parameters.Failed || made is null)
            {
                return null;
            }

            var rule = walk.Take(made, pPath);
            return rule is not null && HeaderMatches(walk, rule, path, code, title, severity!.Value, stage!.Value, source!) ? rule : null;
        }

        if (walk.Options.RuleKinds.Find(kind) is { } custom)
        {
            parameters.Finish(all: true);
            if (!ok || parameters.Failed)
            {
                return null;
            }

            var description = new RuleDescription(kind, code!, title!, severity!.Value, stage!.Value, source!, parameters.ToList(), children!.Value);
            return walk.Take(custom(description), path);
        }

        var known = BuiltInKinds.Concat(walk.Options.RuleKinds.Kinds).Order(StringComparer.Ordinal);
        walk.Add(
            JsonProblemCodes.UnknownKind,
            kindPath,
            $"'{JsonWalk.Shorten(kind)}' is not a known rule kind; expected one of: {string.Join(", ", known)} (register your own in JsonReadOptions.RuleKinds).");
        return null;
    }

    public static SourceReference? Source(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var text = o.String("text", required: true);
        Uri? url = null;
        if (o.TryGet("url", required: false, out var u, out var uPath) && walk.String(u, uPath) is { } address && !Uri.TryCreate(address, UriKind.Absolute, out url))
        {
            o.Fail();
            walk.Add(ProblemCodes.InvalidFormat, uPath, "A source address is an absolute URL.");
        }

        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            walk.Add(ProblemCodes.Required, JsonPath.Property(path, "text"), "A source names the practice the rule mirrors.");
            return null;
        }

        return new SourceReference(text, url);
    }

    /// <summary>Reads a <see cref="RuleValue"/>: exactly one of text, number (with unit), date, codes or flag.</summary>
    public static RuleValue? Value(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var present = 0;
        RuleValue? value = null;
        if (o.String("text") is { } text)
        {
            present++;
            value = RuleValue.OfText(text);
        }

        var unit = o.String("unit");
        if (o.Decimal("number") is { } number)
        {
            present++;
            value = RuleValue.OfNumber(number, unit);
        }

        if (o.Date("date", required: false) is { } date)
        {
            present++;
            value = RuleValue.OfDate(date);
        }

        if (o.TryGet("codes", required: false, out var codes, out var codesPath))
        {
            if (walk.Array(codes, codesPath, (w, e, p) => w.String(e, p)) is { } list)
            {
                present++;
                value = RuleValue.OfCodes(list);
            }
            else
            {
                o.Fail();
            }
        }

        if (o.Bool("flag") is { } flag)
        {
            present++;
            value = RuleValue.OfFlag(flag);
        }

        if (o.Bool("unknown") is { } unknown)
        {
            if (!unknown)
            {
                walk.Add(ProblemCodes.NotAllowed, JsonPath.Property(path, "unknown"), "'unknown' is true when present; leave it out for a known value.");
                o.Fail();
            }

            present++;
            value = RuleValue.Unknown(unit);
        }

        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        if (present != 1)
        {
            walk.Add(JsonProblemCodes.MissingProperty, path, $"A value has exactly one of text, number, date, codes, flag or unknown; {present} were given.");
            return null;
        }

        if (unit is not null && value!.Kind is not (RuleValueKind.Number or RuleValueKind.Unknown))
        {
            walk.Add(ProblemCodes.NotAllowed, JsonPath.Property(path, "unit"), "Only a number or an unknown has a unit.");
            return null;
        }

        return value;
    }

    private static ValidationResult<EligibilityRule>? MaxDuration(Parameters p)
    {
        var limits = new List<DurationLimit>();
        foreach (var (name, value, path) in p.WithPrefix("maxDays."))
        {
            var typeName = name["maxDays.".Length..];
            if (!JsonWalk.EnumNames<ActivityType>.ByName.TryGetValue(typeName, out var type))
            {
                p.Problem(JsonProblemCodes.UnknownValue, path, $"'{JsonWalk.Shorten(typeName)}' is not an activity type; expected one of: {string.Join(", ", JsonWalk.EnumNames<ActivityType>.Names)}.");
                continue;
            }

            const string What = "a whole number of \"days\" or \"working days\"";
            if (value.Kind != RuleValueKind.Number || value.Unit is not ("days" or "working days"))
            {
                p.Problem(JsonProblemCodes.WrongType, path, $"Expected {What}.");
                continue;
            }

            if (p.WholeNumber(value.Number!.Value, path, What) is { } days)
            {
                limits.Add(new DurationLimit(type, days, value.Unit == "working days"));
            }
        }

        var warns = p.Flag("justificationWarns");
        return warns is { } w && !p.Failed ? MaxDurationRule.Create(limits, w).Map(Widen) : null;
    }

    private static ValidationResult<EligibilityRule>? ProjectActive(Parameters p)
    {
        var start = p.Date("phaseStart");
        LocalDate? end = null;
        var endOk = true;
        if (p.Find("phaseEnd") is { } e)
        {
            if (e.Value.Kind == RuleValueKind.Date)
            {
                end = e.Value.Date;
            }
            else if (e.Value.Kind != RuleValueKind.Text || e.Value.Text != "open")
            {
                endOk = false;
                p.Problem(JsonProblemCodes.WrongType, e.Path, "Expected a date, or the text \"open\" for a phase without an end.");
            }
        }

        var statuses = p.Names<ProjectStatus>("activeStatuses");
        return start is { } s && statuses is { } st && endOk ? ProjectActiveRule.Create(s, end, st).Map(Widen) : null;
    }

    private static ValidationResult<EligibilityRule>? OdaRecipient(Parameters p)
    {
        var entries = new List<DacListEntry>();
        foreach (var (name, value, path) in p.WithPrefix("dacList."))
        {
            if (!int.TryParse(name.AsSpan("dacList.".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || value.Kind != RuleValueKind.Codes)
            {
                p.Problem(JsonProblemCodes.WrongType, path, "Expected 'dacList.{year}' with codes such as \"AL UMIC\" or \"XK UMIC (assumed)\".");
                continue;
            }

            for (var i = 0; i < value.Codes.Length; i++)
            {
                var parts = value.Codes[i].Split(' ', 3);
                var assumed = parts.Length == 3 && parts[2] == "(assumed)";
                if (parts.Length < 2 || (parts.Length == 3 && !assumed) || !Country.TryFromCode(parts[0], out var country) || country.Code != parts[0] || string.IsNullOrWhiteSpace(parts[1]))
                {
                    p.Problem(ProblemCodes.InvalidFormat, JsonPath.Index(JsonPath.Property(path, "codes"), i), $"'{JsonWalk.Shorten(value.Codes[i])}' is not a country code and income group such as \"AL UMIC\" or \"XK UMIC (assumed)\".");
                    continue;
                }

                entries.Add(new DacListEntry(year, country, parts[1], assumed));
            }
        }

        var purpose = p.Codes("purposeCode");
        var aid = p.Codes("aidType");
        if (p.Failed || purpose is not { Length: 1 } || aid is not { Length: 1 })
        {
            if (purpose is { Length: not 1 } || aid is { Length: not 1 })
            {
                p.Problem(ProblemCodes.OutOfRange, p.Path, "purposeCode and aidType each hold one code.");
            }

            return null;
        }

        var list = DacList.Create(entries);
        if (!list.TryPickT0(out var dacList, out var failure))
        {
            foreach (var problem in failure.Problems)
            {
                p.Problem(problem.Code, p.Path, problem.Message);
            }

            return null;
        }

        return OdaRecipientRule.Create(dacList, purpose.Value[0], aid.Value[0]).Map(Widen);
    }

    /// <summary>A built-in kind fixes its header; a document that says otherwise is reported, not silently overridden.</summary>
    private static bool HeaderMatches(JsonWalk walk, EligibilityRule rule, ValuePath path, string? code, string? title, Severity severity, RuleStage stage, SourceReference source)
    {
        var ok = true;
        void Check(bool same, string name, string fixedValue)
        {
            if (!same)
            {
                ok = false;
                walk.Add(ProblemCodes.NotAllowed, JsonPath.Property(path, name), $"The built-in rule kind '{rule.Kind}' has the fixed {name} {fixedValue}; to change it, wrap the rule in a composite or write a rule kind of your own.");
            }
        }

        Check(code == rule.Code, "code", rule.Code);
        Check(title == rule.Title, "title", $"'{rule.Title}'");
        Check(severity == rule.Severity, "severity", rule.Severity.ToString());
        Check(stage == rule.Stage, "stage", rule.Stage.ToString());
        Check(source == rule.Source, "source", $"'{rule.Source}'");
        return ok;
    }

    /// <summary>A built-in rule as the rule it is: the one conversion from a kind's factory result to a rule.</summary>
    private static EligibilityRule Widen(EligibilityRule rule) => rule;

    /// <summary>A rule whose factory cannot refuse its parameters.</summary>
    private static ValidationResult<EligibilityRule> Made(EligibilityRule rule) => rule;

    private static ValidationResult<EligibilityRule>? Both<TA, TB>(TA? a, TB? b, Func<TA, TB, ValidationResult<EligibilityRule>> make)
        where TA : struct
        where TB : struct => a is { } x && b is { } y ? make(x, y) : null;

    private static ValidationResult<EligibilityRule>? Both<TA, TB>(TA? a, TB? b, Func<TA, TB, ValidationResult<EligibilityRule>> make)
        where TA : class
        where TB : struct => a is { } x && b is { } y ? make(x, y) : null;

    private static ValidationResult<EligibilityRule>? Both<TA, TB>(TA? a, TB? b, Func<TA, TB, ValidationResult<EligibilityRule>> make)
        where TA : class
        where TB : class => a is { } x && b is { } y ? make(x, y) : null;

    private static ValidationResult<EligibilityRule>? Both<TA, TB>(TA? a, TB? b, Func<TA, TB, ValidationResult<EligibilityRule>> make)
        where TA : struct
        where TB : class => a is { } x && b is { } y ? make(x, y) : null;
}
