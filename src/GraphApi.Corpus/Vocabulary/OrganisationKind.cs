namespace GraphApi.Corpus.Vocabulary;

/// <summary>
/// What an organisation is, in a few kinds a user can filter on, derived from the <c>type</c> the vocabulary
/// (<c>seeds/vocabulary/organisations.yaml</c>) gives it in Dutch. <see cref="Agency"/> is an agency in the narrow
/// sense: a body of the Flemish administration.
/// </summary>
public static class OrganisationKind
{
    /// <summary>Flemish administration: agentschap (IVA, EVA), departement, DAB, eigen vermogen and their services.</summary>
    public const string Agency = "AGENCY";
    /// <summary>The government that takes the decisions (Vlaamse Regering).</summary>
    public const string Government = "GOVERNMENT";
    /// <summary>A parliament (Vlaams Parlement).</summary>
    public const string Parliament = "PARLIAMENT";
    /// <summary>A steering, consultative or advisory body (stuurorgaan, overlegorgaan, adviesorgaan).</summary>
    public const string Committee = "COMMITTEE";
    /// <summary>A regulator, court, audit office or human-rights institute: who oversees the administration.</summary>
    public const string Oversight = "OVERSIGHT";
    /// <summary>A research or knowledge centre.</summary>
    public const string Research = "RESEARCH";
    /// <summary>A non-profit association or foundation (vzw, stichting).</summary>
    public const string NonProfit = "NONPROFIT";
    /// <summary>A company, e.g. an investment company (investeringsmaatschappij).</summary>
    public const string Company = "COMPANY";
    /// <summary>A federal public service or centre (federale overheidsdienst, federaal centrum).</summary>
    public const string Federal = "FEDERAL";
    /// <summary>An institution of the European Union.</summary>
    public const string EuInstitution = "EU_INSTITUTION";

    /// <summary>Every kind, in the order above.</summary>
    public static readonly IReadOnlyList<string> All = [Agency, Government, Parliament, Committee, Oversight, Research, NonProfit, Company, Federal, EuInstitution];

    private static readonly IReadOnlyDictionary<string, string> ByType = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["agentschap"] = Agency,
        ["extern verzelfstandigd agentschap"] = Agency,
        ["departement"] = Agency,
        ["dienst met afzonderlijk beheer"] = Agency,
        ["eigen vermogen"] = Agency,
        ["dienst"] = Agency,
        ["centrum"] = Agency,
        ["team"] = Agency,
        ["inspectie"] = Agency,
        ["statistiekautoriteit"] = Agency,
        // ILVO is an agentschap of the Flemish administration.
        ["onderzoeksinstelling"] = Agency,
        ["regering"] = Government,
        ["parlement"] = Parliament,
        ["stuurorgaan"] = Committee,
        ["overlegorgaan"] = Committee,
        ["adviesorgaan"] = Committee,
        ["toezichthouder"] = Oversight,
        ["rekenhof"] = Oversight,
        ["rechtscollege"] = Oversight,
        ["mensenrechteninstituut"] = Oversight,
        ["onderzoekscentrum"] = Research,
        ["kenniscentrum"] = Research,
        ["vzw"] = NonProfit,
        ["stichting"] = NonProfit,
        ["investeringsmaatschappij"] = Company,
        ["federale overheidsdienst"] = Federal,
        ["federaal centrum"] = Federal,
        ["Europese instelling"] = EuInstitution,
    };

    /// <summary>The known organisation types, for an error that names them.</summary>
    public static IEnumerable<string> Types => ByType.Keys;

    /// <summary>The kind of an organisation of this type; null for a type (or none) that is not one of <see cref="Types"/>.</summary>
    public static string? Of(string? type) => type is not null && ByType.TryGetValue(type.Trim(), out var kind) ? kind : null;
}
