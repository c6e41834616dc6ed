using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Json.Writing;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// The readers of portfolio and case-events documents. Events are folded one by one onto the portfolio as it stands,
/// so each is checked by <see cref="Portfolio.Append"/>; a recorded decision is not read back but evaluated again on
/// the portfolio as it stood just before it, and its document compared with the recorded one.
/// </summary>
internal static partial class DomainReader
{
    private static readonly string[] EventTypes =
    [
        ApprovedEventContract.Type, AmendedEventContract.Type, CancelledEventContract.Type, ClosedEventContract.Type, DeliveredEventContract.Type,
        EvaluatedEventContract.Type, RejectedEventContract.Type, ReviewedEventContract.Type, SubmittedEventContract.Type, WithdrawnEventContract.Type,
    ];

    /// <summary>Reads the portfolio document's own properties (the header is read by the caller).</summary>
    public static PortfolioDocument? Portfolio(ObjectReader o)
    {
        var walk = o.Walk;
        var description = o.String("description");
        if (description is not null && (string.IsNullOrWhiteSpace(description) || description.Length > PortfolioDocument.MaxDescriptionLength))
        {
            walk.Add(
                string.IsNullOrWhiteSpace(description) ? ProblemCodes.Required : ProblemCodes.TooLong,
                o.Path.Property("description"),
                $"A description is text of 1 to {PortfolioDocument.MaxDescriptionLength} characters, not blank; leave it out when there is none.");
            o.Fail();
        }
        var project = o.Read("project", required: true, (w, e, p) => (DocumentKinds.Read(w, e, p, DocumentKinds.Project) as ProjectDocument)?.Project);
        var contributions = o.Array("contributions", Contribution);
        ImmutableArray<RuleSet>? ruleSets = null;
        if (o.TryGet("ruleSets", required: true, out var setsElement, out var setsPath))
        {
            ruleSets = walk.Array(setsElement, setsPath, (w, e, p) => (DocumentKinds.Read(w, e, p, DocumentKinds.RuleSet) as RuleSetDocument)?.RuleSet);
            if (ruleSets is null)
            {
                o.Fail();
            }
        }

        Portfolio? basis = null;
        if (!o.Failed)
        {
            basis = walk.Take(Portfolios.Portfolio.Create(project!, ruleSets!.Value, contributions!.Value), o.Path);
        }

        var fold = new EventFold(basis, contributions);
        if (o.TryGet("events", required: false, out var events, out var eventsPath))
        {
            fold.ReadArray(walk, events, eventsPath);
        }

        o.Finish();
        return basis is not null && !fold.Failed && fold.Current is { } portfolio ? new PortfolioDocument(portfolio, description) : null;
    }

    /// <summary>Reads the case-events document's own properties onto a portfolio (the header is read by the caller).</summary>
    public static Portfolio? CaseEvents(ObjectReader o, Portfolio onto)
    {
        var fold = new EventFold(onto, onto.Contributions);
        if (o.TryGet("events", required: true, out var events, out var eventsPath))
        {
            fold.ReadArray(o.Walk, events, eventsPath);
        }
        else
        {
            fold.Fail();
        }

        o.Finish();
        return fold.Failed ? null : fold.Current;
    }

    private static Cases.Actor? Actor(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var name = o.String("name", required: true);
        var role = o.String("role", required: true);
        var institution = o.Read("institution", required: false, Institution);
        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(Cases.Actor.Create(name, role, institution), path) : null;
    }

    private static FindingReview? FindingReview(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var code = o.String("ruleCode", required: true);
        var accepted = o.Bool("accepted", required: true);
        var justification = o.String("justification");
        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        return walk.Take(accepted!.Value ? Cases.FindingReview.Accept(code, justification) : Cases.FindingReview.Refuse(code, justification), path);
    }

    private static ExchangeRate? ExchangeRate(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        Currency? from = null;
        Currency? to = null;
        if (o.TryGet("from", required: true, out var f, out var fPath))
        {
            from = walk.Currency(f, fPath) ?? Failed<Currency>(o);
        }

        if (o.TryGet("to", required: true, out var t, out var tPath))
        {
            to = walk.Currency(t, tPath) ?? Failed<Currency>(o);
        }

        var rate = o.Decimal("rate", required: true);
        var source = o.String("source", required: true);
        var date = o.Date("date", required: true);
        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(Finance.ExchangeRate.Create(from!, to!, rate!.Value, source, date!.Value), path) : null;
    }

    private static string? Text(JsonWalk walk, JsonElement parent, ValuePath parentPath, string name)
    {
        var path = parentPath.Property(name);
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            walk.Add(JsonProblemCodes.MissingProperty, path, $"The property '{name}' is required.");
            return null;
        }

        return walk.String(value, path);
    }

    /// <summary>
    /// The state of reading events in order: the portfolio as it stands after the events read so far, and as it stood
    /// before the instant of the event being read (on which a decision at that instant was made). Once an event is not
    /// allowed, the rest are still read for their own problems but no longer folded.
    /// </summary>
    internal sealed class EventFold
    {
        private readonly ImmutableArray<Contribution>? _contributions;
        private Portfolio? _before;
        private Instant? _lastAt;
        private bool _notReproduced;

        public EventFold(Portfolio? onto, ImmutableArray<Contribution>? contributions)
        {
            Current = onto;
            _contributions = onto?.Contributions ?? contributions;
        }

        /// <summary>The portfolio with every event read so far; null when the basis or an event was not valid.</summary>
        public Portfolio? Current { get; private set; }

        /// <summary>Whether an event had a problem.</summary>
        public bool Failed { get; private set; }

        public void Fail()
        {
            Failed = true;
            Current = null;
        }

        public void ReadArray(JsonWalk walk, JsonElement array, ValuePath path)
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                walk.WrongType(path, "an array", array);
                Fail();
                return;
            }

            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                Read(walk, item, path.Index(i++));
            }
        }

        /// <summary>Reads one event and appends it to <see cref="Current"/>.</summary>
        public void Read(JsonWalk walk, JsonElement element, ValuePath path)
        {
            var before = walk.ProblemCount;
            _notReproduced = false;
            var e = Event(walk, element, path);
            if (e is null || (walk.ProblemCount > before && !_notReproduced))
            {
                Fail();
                return;
            }

            if (_notReproduced)
            {
                // Folding goes on with the decision made again, so that every decision that does not reproduce is
                // reported, each on the portfolio as the rules would have had it.
                Failed = true;
            }

            if (Current is null)
            {
                return;
            }

            if (walk.Take(Current.Append(e), path) is { } next)
            {
                Current = next;
            }
            else
            {
                Fail();
            }
        }

        private CaseEvent? Event(JsonWalk walk, JsonElement element, ValuePath path)
        {
            if (walk.Object(element, path) is not { } o)
            {
                return null;
            }

            var type = o.String(CaseEventContract.Discriminator, required: true);
            if (type is not null && Array.IndexOf(EventTypes, type) < 0)
            {
                walk.Add(
                    JsonProblemCodes.UnknownKind,
                    path.Property(CaseEventContract.Discriminator),
                    $"'{JsonWalk.Shorten(type)}' is not a known case event type; expected one of: {string.Join(", ", EventTypes)}.");
                return null;
            }

            var caseId = o.String("caseId", required: true);
            var at = o.Instant("at", required: true);
            var actor = o.Read("actor", required: true, Actor);
            if (at is { } instant && (_lastAt is null || instant > _lastAt))
            {
                // A new instant: the portfolio as it stands is the one every decision at this instant was made on.
                _before = Current;
                _lastAt = instant;
            }

            CaseEvent? e = type switch
            {
                SubmittedEventContract.Type => Submitted(o, caseId, at, actor),
                EvaluatedEventContract.Type => Evaluated(o, caseId, at, actor),
                ReviewedEventContract.Type => Reviewed(o, caseId, at, actor),
                ApprovedEventContract.Type => Approved(o, caseId, at, actor),
                RejectedEventContract.Type => Rejected(o, caseId, at, actor),
                AmendedEventContract.Type => Amended(o, caseId, at, actor),
                WithdrawnEventContract.Type => Reason(o, caseId, at, actor, CaseWithdrawn.Create),
                CancelledEventContract.Type => Reason(o, caseId, at, actor, CaseCancelled.Create),
                DeliveredEventContract.Type => Delivered(o, caseId, at, actor),
                ClosedEventContract.Type => Closed(o, caseId, at, actor),
                _ => null,
            };
            o.Finish();
            return e;
        }

        private static CaseSubmitted? Submitted(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor)
        {
            var request = o.Read("request", required: true, EmbeddedRequest);
            return o.Failed || !SameCase(o, caseId!, request!.Identifier, "request") ? null : o.Walk.Take(CaseSubmitted.Create(request, at!.Value, actor!), o.Path);
        }

        private static CaseAmended? Amended(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor)
        {
            var request = o.Read("request", required: true, EmbeddedRequest);
            var justification = o.String("justification", required: true);
            return o.Failed || !SameCase(o, caseId!, request!.Identifier, "request") ? null : o.Walk.Take(CaseAmended.Create(request, justification, at!.Value, actor!), o.Path);
        }

        private static CaseReviewed? Reviewed(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor)
        {
            ImmutableArray<FindingReview>? findings = null;
            if (o.TryGet("findings", required: true, out var list, out var listPath))
            {
                findings = o.Walk.Array(list, listPath, FindingReview);
            }

            return o.Failed || findings is null ? null : o.Walk.Take(CaseReviewed.Create(caseId, findings.Value, at!.Value, actor!), o.Path);
        }

        private CaseApproved? Approved(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor)
        {
            var commitment = o.Read("commitment", required: true, Commitment);
            var justification = o.String("justification");
            var overrideJustification = o.String("overrideJustification");
            return o.Failed || commitment is null
                ? null
                : o.Walk.Take(CaseApproved.Create(caseId, commitment, at!.Value, actor!, justification, overrideJustification), o.Path);
        }

        private static CaseRejected? Rejected(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor)
        {
            ImmutableArray<string>? reasons = null;
            if (o.TryGet("reasons", required: true, out var list, out var listPath))
            {
                reasons = o.Walk.Array(list, listPath, (w, e, p) => w.String(e, p));
            }

            return o.Failed || reasons is null ? null : o.Walk.Take(CaseRejected.Create(caseId, reasons.Value, at!.Value, actor!), o.Path);
        }

        private static T? Reason<T>(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor, Func<string?, string?, Instant, Cases.Actor, ValidationResult<T>> create)
            where T : CaseEvent
        {
            var reason = o.String("reason", required: true);
            return o.Failed ? null : o.Walk.Take(create(caseId, reason, at!.Value, actor!), o.Path);
        }

        private static CaseClosed? Closed(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor)
        {
            var note = o.String("note");
            return o.Failed ? null : o.Walk.Take(CaseClosed.Create(caseId, note, at!.Value, actor!), o.Path);
        }

        private static CaseDelivered? Delivered(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor)
        {
            var activity = o.Read("activity", required: true, DomainReader.Activity);
            var costs = o.Array("actualCosts", CostLine);
            return o.Failed || !SameCase(o, caseId!, activity!.Identifier, "activity")
                ? null
                : o.Walk.Take(CaseDelivered.Create(activity, costs!.Value, at!.Value, actor!), o.Path);
        }

        private static AssistanceRequest? EmbeddedRequest(JsonWalk walk, JsonElement element, ValuePath path) =>
            (DocumentKinds.Read(walk, element, path, DocumentKinds.Request) as RequestDocument)?.Request;

        private static bool SameCase(ObjectReader o, string caseId, string identifier, string property)
        {
            if (caseId == identifier)
            {
                return true;
            }

            o.Walk.Add(CaseProblemCodes.OtherCase, o.Path.Property("caseId"), $"The event names case '{JsonWalk.Shorten(caseId)}', but its {property} is '{JsonWalk.Shorten(identifier)}'.");
            return false;
        }

        private Commitment? Commitment(JsonWalk walk, JsonElement element, ValuePath path)
        {
            if (walk.Object(element, path) is not { } o)
            {
                return null;
            }

            var index = o.Int("contribution", required: true);
            var amount = o.Read("amount", required: true, Money);
            var rate = o.Read("exchangeRate", required: false, ExchangeRate);
            var ok = !o.Failed;
            o.Finish();
            if (!ok || _contributions is not { } contributions)
            {
                return null;
            }

            if (index!.Value < 0 || index.Value >= contributions.Length)
            {
                walk.Add(
                    CaseProblemCodes.ContributionNotInPortfolio,
                    path.Property("contribution"),
                    contributions.IsEmpty
                        ? $"The portfolio has no contributions, so contribution {index.Value} names none."
                        : $"The portfolio has {contributions.Length} contributions (0 to {contributions.Length - 1}); contribution {index.Value} names none.");
                return null;
            }

            return walk.Take(Cases.Commitment.Create(contributions[index.Value], amount!, rate), path);
        }

        /// <summary>
        /// Makes the decision again: the case's request, the named rule-set version, as of the recorded day, on the
        /// portfolio as it stood just before the event; the recorded document must be the new decision's, byte for
        /// byte in compact form (the embedded <c>$schema</c> aside).
        /// </summary>
        private CaseEvaluated? Evaluated(ObjectReader o, string? caseId, Instant? at, Cases.Actor? actor)
        {
            var walk = o.Walk;
            if (!o.TryGet("decision", required: true, out var recorded, out var path))
            {
                return null;
            }

            if (recorded.ValueKind != JsonValueKind.Object)
            {
                walk.WrongType(path, "an object", recorded);
                return null;
            }

            var request = Text(walk, recorded, path, "request");
            var day = Text(walk, recorded, path, "evaluatedOn");
            var setPath = path.Property("ruleSet");
            string? setName = null;
            string? setVersion = null;
            if (!recorded.TryGetProperty("ruleSet", out var set) || set.ValueKind == JsonValueKind.Null)
            {
                walk.Add(JsonProblemCodes.MissingProperty, setPath, "The property 'ruleSet' is required.");
            }
            else if (set.ValueKind != JsonValueKind.Object)
            {
                walk.WrongType(setPath, "an object", set);
            }
            else
            {
                setName = Text(walk, set, setPath, "name");
                setVersion = Text(walk, set, setPath, "version");
            }

            LocalDate evaluatedOn = default;
            if (day is not null && !IsoText.TryDate(day, out evaluatedOn))
            {
                walk.Add(ProblemCodes.InvalidFormat, path.Property("evaluatedOn"), $"'{JsonWalk.Shorten(day)}' is not a date in the form yyyy-MM-dd, such as 2019-03-13.");
                day = null;
            }

            if (o.Failed || request is null || day is null || setName is null || setVersion is null)
            {
                return null;
            }

            if (request != caseId)
            {
                walk.Add(CaseProblemCodes.OtherCase, path.Property("request"), $"The decision is of request '{JsonWalk.Shorten(request)}', but the event names case '{JsonWalk.Shorten(caseId!)}'.");
                return null;
            }

            var current = Current;
            if (current is null)
            {
                // The portfolio could not be read so far: the decision cannot be made again, and its form is checked.
                return null;
            }

            var found = current.FindCase(caseId);
            if (found is null)
            {
                walk.Add(CaseProblemCodes.UnknownCase, o.Path.Property("caseId"), $"The portfolio holds no case '{JsonWalk.Shorten(caseId)}' before this event.");
                return null;
            }

            if (evaluatedOn < found.Request.SubmittedOn)
            {
                walk.Add(
                    CaseProblemCodes.OutOfOrder,
                    path.Property("evaluatedOn"),
                    $"The decision is dated {IsoText.Date(evaluatedOn)}, before '{caseId}' was submitted on {IsoText.Date(found.Request.SubmittedOn)}; a request is evaluated on or after its submission.");
                return null;
            }

            var ruleSet = current.FindRuleSet(setName, setVersion);
            if (ruleSet is null)
            {
                walk.Add(CaseProblemCodes.UnknownRuleSet, setPath, $"The portfolio holds no rule set {JsonWalk.Shorten(setName)} {JsonWalk.Shorten(setVersion)}.");
                return null;
            }

            if (!ruleSet.IsInForceOn(found.Request.SubmittedOn) || !ruleSet.IsInForceOn(evaluatedOn))
            {
                walk.Add(
                    CaseProblemCodes.UnknownRuleSet,
                    setPath,
                    $"{ruleSet} is not in force on both {IsoText.Date(found.Request.SubmittedOn)}, when '{caseId}' was submitted, and {IsoText.Date(evaluatedOn)}, the day of the decision; a decision needs its rule set in force on both.");
                return null;
            }

            var snapshot = at == _lastAt ? _before ?? current : current.Before(at!.Value);
            var decision = new Evaluator(ruleSet).Evaluate(found.Request, snapshot.ContextAt(at!.Value).WithAsOf(evaluatedOn));
            if (Difference(recorded, decision, path) is { } difference)
            {
                walk.Add(JsonProblemCodes.DecisionNotReproduced, difference.Path, difference.Message);
                _notReproduced = true;
            }

            return walk.Take(CaseEvaluated.Create(decision, at!.Value, actor!), o.Path);
        }

        /// <summary>Where the recorded decision document first differs from the new decision's, or null when they are the same bytes.</summary>
        private static (ValuePath Path, string Message)? Difference(JsonElement recorded, Decision decision, ValuePath path)
        {
            var replayed = Compact(w => JsonSerializer.Serialize(w, PortfolioMapper.Decision(decision), StammJsonContext.Default.DecisionDocumentContract));
            var stored = Compact(w =>
            {
                w.WriteStartObject();
                foreach (var property in recorded.EnumerateObject())
                {
                    if (property.NameEquals("$schema"))
                    {
                        continue;
                    }

                    property.WriteTo(w);
                }

                w.WriteEndObject();
            });
            if (stored.AsSpan().SequenceEqual(replayed))
            {
                return null;
            }

            using var again = JsonDocument.Parse(replayed);
            var (at, recordedText, replayedText) = FirstDifference(recorded, again.RootElement, path) ?? (path, "the document", "another");
            return (at, $"The recorded decision does not reproduce: evaluated again ({decision.Kind}, {decision.RuleSetName} {decision.RuleSetVersion}, as of {IsoText.Date(decision.Case.EvaluatedOn)}), it has {replayedText} here where the record has {recordedText}.");
        }

        private static byte[] Compact(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                write(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }

        private static (ValuePath Path, string Recorded, string Replayed)? FirstDifference(JsonElement recorded, JsonElement replayed, ValuePath path)
        {
            if (recorded.ValueKind != replayed.ValueKind && !(IsBool(recorded) && IsBool(replayed)))
            {
                return (path, JsonWalk.Describe(recorded), JsonWalk.Describe(replayed));
            }

            switch (recorded.ValueKind)
            {
                case JsonValueKind.Object:
                    using (var a = recorded.EnumerateObject().Where(p => !(p.NameEquals("$schema") && path.IsWhole)).GetEnumerator())
                    using (var b = replayed.EnumerateObject().GetEnumerator())
                    {
                        while (true)
                        {
                            var hasA = a.MoveNext();
                            var hasB = b.MoveNext();
                            if (!hasA && !hasB)
                            {
                                return null;
                            }

                            if (!hasB)
                            {
                                return (path.Property(a.Current.Name), "this property", "no such property");
                            }

                            if (!hasA || a.Current.Name != b.Current.Name)
                            {
                                return (path.Property(b.Current.Name), hasA ? $"'{JsonWalk.Shorten(a.Current.Name)}'" : "no such property", "this property");
                            }

                            if (FirstDifference(a.Current.Value, b.Current.Value, path.Property(a.Current.Name)) is { } found)
                            {
                                return found;
                            }
                        }
                    }

                case JsonValueKind.Array:
                    var length = Math.Min(recorded.GetArrayLength(), replayed.GetArrayLength());
                    for (var i = 0; i < length; i++)
                    {
                        if (FirstDifference(recorded[i], replayed[i], path.Index(i)) is { } found)
                        {
                            return found;
                        }
                    }

                    return recorded.GetArrayLength() == replayed.GetArrayLength()
                        ? null
                        : (path, $"{recorded.GetArrayLength()} items", $"{replayed.GetArrayLength()} items");

                case JsonValueKind.String:
                    return recorded.GetString() == replayed.GetString() ? null : (path, Quote(recorded.GetString()!), Quote(replayed.GetString()!));

                default:
                    var left = recorded.GetRawText();
                    var right = replayed.GetRawText();
                    return left == right ? null : (path, JsonWalk.Shorten(left), JsonWalk.Shorten(right));
            }
        }

        private static bool IsBool(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

        private static string Quote(string text) => "\"" + JsonWalk.Shorten(text) + "\"";
    }
}
