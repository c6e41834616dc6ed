using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CsCheck;
using StAMM.Domain.Iati.Reference;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>
/// The XSD check's fast path (<see cref="SchemaAutomaton"/>) proves activities valid without
/// <see cref="XmlSchemaValidator"/>: it never proves an activity the validator rejects, it does prove the valid
/// activities of real exports, and the check's findings are those of the validator alone (the exact path).
/// </summary>
public sealed class SchemaAutomatonTests
{
    private const string Foreign = "urn:example:foreign";

    private static readonly XmlSchemaSet Schemas = IatiReference.CreateActivitySchemaSet();

    private static readonly SchemaAutomaton Automaton = SchemaAutomaton.Compile(Schemas);

    private static readonly XmlSchemaElement ActivityDeclaration = (XmlSchemaElement)Schemas.GlobalElements[new XmlQualifiedName("iati-activity")]!;

    private static readonly string[] BadValues = ["", " ", "x", "-1", "1.5.5", "2019-13-45", "2020-02-30", "abc", "1e400", "http://a b", "99999999999999999999999999999999", "2021-06-30T25:00:00Z", "NaN", "true"];

    private static readonly string[] Names = ["narrative", "value", "transaction", "budget", "period-start", "sector", "title", "iati-identifier", "location", "pos", "unknown-element"];

    private static IatiValidator Exact { get; } = new(new IatiValidatorOptions(Support.Clock).AcceptingOrganisationIdentifierPrefixes(["XI-EXAMPLE"]), exactSchemaOnly: true);

    /// <summary>The activities of the built-in project's export, all valid.</summary>
    private static List<XElement> Seeds { get; } = [.. XDocument.Parse(Support.StammXml()).Root!.Elements("iati-activity")];

    [Fact]
    public void Every_activity_of_the_built_in_export_is_proved_valid()
    {
        Seeds.Should().HaveCountGreaterThan(3);
        Seeds.Should().OnlyContain(activity => Proved(activity));
    }

    [Fact]
    public void An_activity_with_a_child_out_of_order_is_not_proved()
    {
        var activity = new XElement(Seeds[0]);
        var identifier = activity.Element("iati-identifier")!;
        identifier.Remove();
        activity.Add(identifier);

        Proved(activity).Should().BeFalse();
    }

    [Fact]
    public void An_activity_with_text_in_element_only_content_is_not_proved()
    {
        var activity = new XElement(Seeds[0]);
        activity.Element("reporting-org")!.AddFirst("stray text");

        Proved(activity).Should().BeFalse();
    }

    [Fact]
    public void An_activity_with_a_foreign_element_holding_only_foreign_names_is_proved()
    {
        var activity = new XElement(Seeds[0]);
        XNamespace ns = Foreign;
        activity.Add(new XElement(ns + "note", new XAttribute(ns + "kind", "x"), new XElement(ns + "inner", "text")));

        Proved(activity).Should().BeTrue();
    }

    [Fact]
    public void An_activity_with_a_foreign_element_holding_an_iati_element_is_left_to_the_validator()
    {
        var activity = new XElement(Seeds[0]);
        activity.Add(new XElement(XName.Get("note", Foreign), new XElement("narrative", "text")));

        Proved(activity).Should().BeFalse();
    }

    [Fact]
    public void Mutated_activities_are_never_proved_valid_when_the_validator_rejects_them()
    {
        var proved = 0;
        var rejected = 0;
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var activity = Mutant(new Random(seed));
                var errors = ValidatorErrors(activity);
                if (Proved(activity))
                {
                    Interlocked.Increment(ref proved);
                    errors.Should().BeEmpty(activity.ToString());
                }
                else if (errors.Count > 0)
                {
                    Interlocked.Increment(ref rejected);
                }
            },
            iter: 1500);

        proved.Should().BeGreaterThan(20, "some mutants stay valid and are proved");
        rejected.Should().BeGreaterThan(200, "most mutants are invalid");
    }

    [Fact]
    public void The_check_gives_the_findings_of_the_exact_path_on_files_of_mutated_activities() => Gen.Int[0, int.MaxValue].Sample(
        seed =>
        {
            var random = new Random(seed);
            var root = new XElement("iati-activities", new XAttribute("version", "2.03"));
            for (var i = 0; i < 4; i++)
            {
                root.Add(random.Next(2) == 0 ? new XElement(Seeds[random.Next(Seeds.Count)]) : Mutant(random));
            }

            var xml = new XDocument(root).ToString();

            Findings(Support.Validator, xml).Should().Equal(Findings(Exact, xml), xml);
        },
        iter: 200);

    [Fact]
    public void A_huge_activity_checked_as_it_is_read_gives_the_findings_of_the_exact_path()
    {
        // 30,000 related activities make some 90,000 recorded calls: past the check's limit of recorded calls, the rest
        // of the activity goes to the validator as it is read. Two carry an undeclared attribute: one early (replayed),
        // one late (checked as read).
        var activity = new XElement(Seeds[0]);
        var last = activity.Elements("related-activity").LastOrDefault() ?? activity.Elements().First();
        var related = new List<XElement>();
        for (var i = 0; i < 30_000; i++)
        {
            var element = new XElement("related-activity", new XAttribute("ref", $"XI-EXAMPLE-{i}"), new XAttribute("type", "2"));
            if (i is 100 or 29_000)
            {
                element.Add(new XAttribute("undeclared", "x"));
            }

            related.Add(element);
        }

        last.AddAfterSelf(related);
        var xml = new XDocument(new XElement("iati-activities", new XAttribute("version", "2.03"), activity, new XElement(Seeds[1]))).ToString();

        var findings = Findings(Support.Validator, xml);

        findings.Should().Equal(Findings(Exact, xml));
        findings.Count(f => f.Contains("'undeclared'", StringComparison.Ordinal)).Should().Be(2);
    }

    private static List<string> Findings(IatiValidator validator, string xml) =>
        [.. validator.ValidateXml(xml).Findings.Select(f => $"{f} | {f.Path} | {f.Line} | {f.Column}")];

    /// <summary>A seed activity with one to three mutations of the kinds that break an activity's schema validity.</summary>
    private static XElement Mutant(Random random)
    {
        var activity = new XElement(Seeds[random.Next(Seeds.Count)]);
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
        {
            var elements = activity.DescendantsAndSelf().ToList();
            var element = elements[random.Next(elements.Count)];
            var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
            switch (random.Next(12))
            {
                case 0 when element != activity:
                    element.Remove();
                    break;
                case 1 when element != activity:
                    element.AddAfterSelf(new XElement(element));
                    break;
                case 2 when element.NextNode is XElement next:
                    next.Remove();
                    element.AddBeforeSelf(next);
                    break;
                case 3 when element != activity:
                    element.Name = Names[random.Next(Names.Length)];
                    break;
                case 4 when attributes.Count > 0:
                    attributes[random.Next(attributes.Count)].Remove();
                    break;
                case 5 when attributes.Count > 0:
                    attributes[random.Next(attributes.Count)].Value = BadValues[random.Next(BadValues.Length)];
                    break;
                case 6:
                    element.AddFirst(random.Next(2) == 0 ? "text" : BadValues[random.Next(BadValues.Length)]);
                    break;
                case 7 when !element.HasElements:
                    element.Value = BadValues[random.Next(BadValues.Length)];
                    break;
                case 8:
                    element.Add(new XElement(XName.Get("note", Foreign), random.Next(2) == 0 ? new XElement("narrative", "x") : new XAttribute(XName.Get("kind", Foreign), "y")));
                    break;
                case 9:
                    element.SetAttributeValue(random.Next(2) == 0 ? XName.Get("extra", Foreign) : XName.Get("extra"), "1");
                    break;
                case 10:
                    element.SetAttributeValue(XNamespace.Xml + "lang", random.Next(2) == 0 ? "en" : "not a language");
                    break;
                case 11:
                    element.SetAttributeValue(XName.Get("nil", "http://www.w3.org/2001/XMLSchema-instance"), "true");
                    break;
            }
        }

        return activity;
    }

    /// <summary>The errors <see cref="XmlSchemaValidator"/> (through a validating reader) reports for the activity in a file of its own.</summary>
    private static List<string> ValidatorErrors(XElement activity)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors.Add(e.Message);
            }
        };
        var xml = new XElement("iati-activities", new XAttribute("version", "2.03"), activity).ToString();
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>Whether the automaton proves the activity valid, read into an <see cref="ActivityTree"/> as the check reads it.</summary>
    private static bool Proved(XElement activity)
    {
        using var reader = XmlReader.Create(new StringReader(activity.ToString()), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
        var tree = new ActivityTree(reader.NameTable);
        tree.Clear();
        var current = tree.AddElement(0, "iati-activities", string.Empty, string.Empty, 0, 0, 0);
        var top = -1;
        var counts = new Stack<Dictionary<(string, string), int>>();
        counts.Push([]);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var siblings = counts.Peek();
                    var key = (reader.LocalName, reader.NamespaceURI);
                    var index = siblings[key] = siblings.GetValueOrDefault(key) + 1;
                    var element = tree.AddElement(current, reader.LocalName, reader.NamespaceURI, reader.Prefix, 1, 1, index);
                    top = top < 0 ? element : top;
                    var empty = reader.IsEmptyElement;
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                            {
                                tree.AddAttribute(element, reader.LocalName, reader.NamespaceURI, reader.Prefix, reader.Value, 1, 1);
                            }
                        }
                        while (reader.MoveToNextAttribute());
                    }

                    if (empty)
                    {
                        tree.EndElement(element);
                    }
                    else
                    {
                        current = element;
                        counts.Push([]);
                    }

                    break;
                case XmlNodeType.EndElement:
                    tree.EndElement(current);
                    current = tree[current].Parent;
                    counts.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    tree.AddText(current, reader.Value);
                    break;
            }
        }

        tree.Top = top;
        return Automaton.Proves(tree, top, ActivityDeclaration);
    }
}
