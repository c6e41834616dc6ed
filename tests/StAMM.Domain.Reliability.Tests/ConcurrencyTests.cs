using System.Text;
using CsCheck;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Json;
using StAMM.Domain.Reliability.Tests.Fuzzing;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Reliability.Tests;

/// <summary>
/// Shared rule sets, evaluators, catalogues and readers, used by 16 threads released together by a barrier, give
/// exactly what a sequential run gives: the same decisions, compared as their full JSON (verdict, every outcome,
/// evidence and trace), the same catalogue answers, the same IATI reports.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 16;

    private static readonly EvaluationContext Context = EvaluationContext.CreateAsOf(Stamm.Project, new NodaTime.LocalDate(2025, 6, 2)).OrThrow();

    [Fact]
    public void Sixteen_threads_sharing_the_built_in_evaluator_decide_exactly_as_a_sequential_run()
    {
        var requests = Requests();
        var evaluator = new Evaluator(StammRuleSet.Default);

        var decisions = AllAtOnce(requests, request => StammJson.WriteDecision(evaluator.Evaluate(request, Context.WithAsOf(request.SubmittedOn))));

        Kinds(requests, evaluator).Should().HaveCountGreaterThan(1, "the requests must lead to different verdicts, or the comparison proves little");
        decisions.ShouldAllMatchSequential();
    }

    [Fact]
    public void Sixteen_threads_sharing_a_rule_set_read_from_JSON_decide_exactly_as_a_sequential_run()
    {
        var ruleSet = StammJson.ReadRuleSet(Targets.RuleSetSamples[0]).OrThrow();
        var evaluator = new Evaluator(ruleSet);
        var requests = Requests();

        AllAtOnce(requests, request => StammJson.WriteDecision(evaluator.Evaluate(request, Context.WithAsOf(request.SubmittedOn)))).ShouldAllMatchSequential();
    }

    [Fact]
    public void Sixteen_threads_reading_and_writing_documents_get_what_a_sequential_run_gets()
    {
        var documents = Targets.ProjectSamples.Concat(Targets.RequestSamples).Concat(Targets.RuleSetSamples)
            .Concat(Requests().Take(64).Select(r => StammJson.WriteRequest(r))).ToArray();

        AllAtOnce(documents, json => StammJson.Read(json).Match(
            document => document switch
            {
                ProjectDocument p => StammJson.WriteProject(p.Project),
                RequestDocument r => StammJson.WriteRequest(r.Request),
                _ => document.Kind,
            },
            failure => failure.ToString())).ShouldAllMatchSequential();
    }

    [Fact]
    public void Sixteen_threads_looking_up_the_catalogues_get_what_a_sequential_run_gets()
    {
        var codes = Country.All.Select(c => c.Code).Concat(Currency.All.Select(c => c.Code)).Concat(IatiRegion.All.Select(r => r.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(["", "xk", "ZZ", "EUR ", "eur", "XXX", "998"]).ToArray();

        AllAtOnce(codes, code => string.Join(
            '|',
            Country.TryFromCode(code, out var country) ? country!.ToString() : "-",
            Currency.TryFromCode(code, out var currency) ? currency!.ToString() : "-",
            int.TryParse(code, System.Globalization.CultureInfo.InvariantCulture, out var number) && IatiRegion.TryFromCode(number, out var region) ? region!.ToString() : "-",
            string.Join(',', StammRuleSet.DacList.Years.Where(y => country is not null && StammRuleSet.DacList.Contains(y, country))))).ShouldAllMatchSequential();
    }

    [Fact]
    public void Sixteen_threads_sharing_an_IATI_checker_and_importer_get_what_a_sequential_run_gets()
    {
        var checker = new IatiValidator(new IatiValidatorOptions(Targets.Clock));
        var files = Enumerable.Range(0, 24).Select(i => Encoding.UTF8.GetString(XmlMutator.Mutate(Targets.IatiSamples[0], 99, i))).Prepend(Targets.IatiSamples[0]).ToArray();

        AllAtOnce(files, xml =>
        {
            try
            {
                var report = checker.ValidateXml(xml);
                var activities = IatiImport.ReadXml(xml);
                return string.Join('\n', report.Findings) + string.Join('\n', activities.SelectMany(a => a.Problems));
            }
            catch (Iati.Reading.IatiFileException e)
            {
                return e.Problem + e.Message;
            }
        }).ShouldAllMatchSequential();
    }

    [Fact]
    public void The_domain_library_takes_no_lock_so_shared_evaluation_never_waits()
    {
        var locks = new System.Text.RegularExpressions.Regex(@"\block\s*\(|\bMonitor\.|Mutex|Semaphore|SpinLock|ReaderWriterLock|MethodImplOptions\.Synchronized|new Lock\(|\bLazy<");
        var sources = Directory.GetFiles(Repository.PathOf(Path.Combine("src", "StAMM.Domain")), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var found = sources.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && locks.IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}");

        sources.Should().NotBeEmpty();
        found.Should().BeEmpty("rule sets, evaluators and catalogues are immutable and shared without synchronisation");
    }

    private static AssistanceRequest[] Requests() =>
        [.. Targets.SampleRequests, .. RequestSets.Request.Array[200].Single().Where(r => StammRuleSet.Default.IsInForceOn(r.SubmittedOn))];

    private static HashSet<DecisionKind> Kinds(AssistanceRequest[] requests, Evaluator evaluator) =>
        [.. requests.Select(r => evaluator.Evaluate(r, Context.WithAsOf(r.SubmittedOn)).Kind)];

    /// <summary>Runs <paramref name="work"/> over all inputs sequentially, then on 16 threads at once, each in its own order.</summary>
    private static Runs AllAtOnce<TIn>(TIn[] inputs, Func<TIn, string> work)
    {
        var sequential = inputs.Select(work).ToArray();
        var results = new string[Threads][];
        using var barrier = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var mine = new string[inputs.Length];
            barrier.SignalAndWait();
            for (var k = 0; k < inputs.Length; k++)
            {
                // Each thread starts elsewhere and half go backwards, so threads meet on the same inputs in different states.
                var i = ((t % 2 == 0 ? k : inputs.Length - 1 - k) + (t * inputs.Length / Threads)) % inputs.Length;
                mine[i] = work(inputs[i]);
            }

            results[t] = mine;
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        return new Runs(sequential, results);
    }

    private sealed record Runs(string[] Sequential, string[][] Parallel)
    {
        public void ShouldAllMatchSequential()
        {
            Parallel.Should().HaveCount(Threads);
            for (var t = 0; t < Threads; t++)
            {
                Parallel[t].Should().Equal(Sequential, "thread {0} must get exactly the sequential results", t);
            }
        }
    }
}
