namespace StAMM.Domain.Eligibility.Rules;

/// <summary>The practice notes' sources the built-in rules cite (docs/eligibility-rules.md lists them).</summary>
internal static class Sources
{
    public static readonly SourceReference CountryScope = new(
        "ICMPD StAMM project page (countries: Albania, Bosnia and Herzegovina, Kosovo, Montenegro, Serbia, North Macedonia); TAIEX mandate list",
        new Uri("https://www.icmpd.org/our-work/projects/short-term-technical-assistance-on-asylum-migration-and-mobility-in-western-balkans-stamm"));

    public static readonly SourceReference WhoMayRequest = new(
        "TAIEX: open to public administrations, judiciary, law enforcement, parliaments; \"does not provide direct support to civil society, private citizens or to individual companies\"; MIEUX+: civil society only \"in joint request with governments\"",
        new Uri("https://neighbourhood-enlargement.ec.europa.eu/funding-and-technical-assistance/taiex_en"));

    public static readonly SourceReference Endorsement = new(
        "ICMPD Migration Partnership Facility: \"a letter of support from a relevant central body must be provided\"; WBIF: projects \"submitted and/or endorsed by the National IPA Coordinators\"",
        new Uri("https://migrationpartnershipfacility.eu/calls-for-proposals/cfp-migration-partnerships"));

    public static readonly SourceReference Themes = new(
        "MIEUX: the four pillars of the EU Global Approach to Migration and Mobility plus \"Horizontal Interventions\"; StAMM title and objective",
        new Uri("https://www.mieux-initiative.eu/en/about/faq"));

    public static readonly SourceReference Formats = new(
        "TAIEX forms (expert mission, workshop, study visit, peer review); PRAG: individual scholarships and sponsorships ineligible; REGIO Peer2Peer excludes \"studies, conferences, training courses or the like\"",
        new Uri("http://www.puntosud.org/helpdesk-europeaid/doku.php/preparing_a_project/regulations_and_calls_for_proposals/eligibility_issues/eligibility_of_actions/start"));

    public static readonly SourceReference LeadTime = new(
        "TAIEX FAQ: \"it takes 2-3 months from the submission of the request before assistance is delivered\"; WBIF: applications \"at least 3 weeks before\" the meeting",
        new Uri("https://euukrainecoop.com/2015/06/10/taiex-frequently-asked-questions/"));

    public static readonly SourceReference Duration = new(
        "TAIEX: expert missions \"up to 5 working days\", seminars 1-2 days; REGIO Peer2Peer: study visits and expert missions 2-5 days",
        new Uri("https://center.gov.ua/en/press-center/articles/item/4047-taiex-institutional-building-instrument"));

    public static readonly SourceReference Span = new(
        "MIEUX: a request is \"re-formulated into an Action composed of 6-7 activities\"; TAIEX sequencing of measures",
        new Uri("https://www.mieux-initiative.eu/en/about/faq"));

    public static readonly SourceReference RegioPeer2Peer = new(
        "TAIEX-REGIO Peer2Peer FAQ: expert missions \"max. 2 visiting experts\"; study visits \"max. 3 visiting participants (or up to 5 in justified cases)\"; workshops 15 or more participants",
        new Uri("https://ec.europa.eu/regional_policy/policy/how/improving-investment/regio-peer-2-peer/faq_en"));

    public static readonly SourceReference ProjectPeriod = new(
        "ICMPD StAMM project page: duration \"December 2018\", status ongoing; IATI activity dates and status",
        new Uri("https://www.icmpd.org/our-work/projects/short-term-technical-assistance-on-asylum-migration-and-mobility-in-western-balkans-stamm"));

    public static readonly SourceReference DonorCountries = new(
        "Swiss SEM migration partnerships (BA, RS, XK, MK); Czech \"Aid in Place\" priority regions",
        new Uri("https://www.nkvf.admin.ch/sem/en/home/international-rueckkehr/ch-migrationsaussenpolitik/abkommen/migrationspartnerschaften.html"));

    public static readonly SourceReference DonorThemes = new(
        "Czech \"Aid in Place\": \"asylum and migration systems, border protection and fight against illegal migration\"; SEM migration-partnership content",
        new Uri("https://www.mvcr.cz/docDetail.aspx?docid=22302194&doctype=ART"));

    public static readonly SourceReference DonorPeriods = new(
        "Czech government approves the \"Aid in Place\" priorities and tranches each year",
        new Uri("https://www.mvcr.cz/docDetail.aspx?docid=22302194&doctype=ART"));

    public static readonly SourceReference Ceiling = new(
        "PRAG sub-grant caps (EUR 10 000 per third party, EUR 100 000 in total) show caps are standard; the StAMM figures are proposals",
        new Uri("http://www.puntosud.org/helpdesk-europeaid/doku.php/preparing_a_project/regulations_and_calls_for_proposals/eligibility_issues/eligibility_of_actions/start"));

    public static readonly SourceReference Balance = new(
        "IATI commitment and disbursement logic; the EU \"available budget\" per call");

    public static readonly SourceReference CostLines = new(
        "TAIEX-REGIO Peer2Peer cost matrix (travel, per diem, expert allowance, other costs); PRAG exclusions",
        new Uri("https://ec.europa.eu/regional_policy/policy/how/improving-investment/regio-peer-2-peer/faq_en"));

    public static readonly SourceReference Duplicates = new(
        "TAIEX request cycle: compulsory consultation of EU Delegations, line DGs and contact points before approval (non-duplication inferred)",
        new Uri("https://slideplayer.com/slide/741429/"));

    public static readonly SourceReference Attachments = new(
        "EU Funding & Tenders Portal admissibility: complete, with \"all annexes and supporting documents\"; MIEUX written statement of interest; TAIEX application form",
        new Uri("https://webgate.ec.europa.eu/funding-tenders-opportunities/display/OM/Admissibility+and+eligibility+check"));

    public static readonly SourceReference Completeness = new(
        "EU Funding & Tenders Portal: complete and readable; Exchange of Experts: \"only fully completed applications are considered\"",
        new Uri("https://www.exchangeofexperts.eu/en/application"));

    public static readonly SourceReference Kosovo = new(
        "2012 Arrangements regarding Regional Representation and Cooperation: \"Kosovo*\" with a footnote; EU, UN, Council of Europe and ICMPD wordings",
        new Uri("https://euemployment.eu/kosovo-footnote-eu-un-coe"));

    public static readonly SourceReference Oda = new(
        "OECD DAC List of ODA Recipients (reporting years 2024-2025); CRS purpose code 15190, aid type D02",
        new Uri("https://www.oecd.org/en/topics/sub-issues/oda-eligibility-and-conditions/dac-list-of-oda-recipients.html"));
}
