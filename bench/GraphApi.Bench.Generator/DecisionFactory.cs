using System.Globalization;

namespace GraphApi.Bench.Generator;

/// <summary>
/// Writes synthetic decisions in the style of 000: Vlaamse Veerkracht projects with their VV code
/// and a budget for a year; yearly programmes (a track of 3 to 5 years); decrees that go
/// voorontwerp, ontwerp, bekrachtiging (a track of 3); and calls, subsidies and framework
/// contracts. Amounts are written the Dutch way ("5,5 miljoen euro", "350.000 euro"). Every
/// decision opens with different words, so that each reference in 001 aligns with one decision.
/// </summary>
public sealed class DecisionFactory(Draw draw, SeedVocabulary vocabulary)
{
    private static readonly string[] Topics =
    [
        "digitale inclusie", "cyberveiligheid", "gegevensdeling", "slimme mobiliteit", "open data", "digitale vaardigheden",
        "artificiële intelligentie", "cloudinfrastructuur", "geografische informatie", "elektronische facturatie",
        "digitale handtekening", "archiefbeheer", "basisregisters", "zorgdossiers", "omgevingsvergunningen",
        "burgerparticipatie", "digitale toegankelijkheid", "netwerkbeveiliging", "datakwaliteit", "persoonsgegevens",
        "e-loketten", "onderwijsplatformen", "sociale bescherming", "energiedata", "landbouwdata", "erfgoedcollecties",
    ];

    private static readonly string[] Sectors =
    [
        "de lokale besturen", "de cultuursector", "de zorgsector", "het onderwijs", "de media", "de sociale economie",
        "de landbouw", "het vastgoedbeheer", "de mobiliteitssector", "de welzijnssector", "de inburgering", "de justitiehuizen",
    ];

    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] Fillers =
    [
        "Zo wordt ingezet op een digitale dienstverlening aan burger, ondernemer en vereniging.",
        "Het project bouwt verder op de bouwstenen die de Vlaamse overheid al ter beschikking stelt, zoals {block}.",
        "De uitvoering gebeurt in nauw overleg met {org}, dat de voortgang jaarlijks rapporteert.",
        "De middelen worden ingezet voor de ontwikkeling, de uitrol en het beheer van de nodige toepassingen.",
        "Daarbij staan het hergebruik van gegevens en het eenmaligheidsprincipe voorop.",
        "De resultaten worden gedeeld met {sector}, zodat ook zij de oplossingen kunnen hergebruiken.",
        "Het Stuurorgaan Vlaams Informatie- en ICT-beleid volgt de uitvoering op.",
        "Op die manier verminderen de administratieve lasten voor burgers en bedrijven.",
        "De gegevens worden ontsloten via {block}, met respect voor de privacy van de burger.",
        "Na afloop wordt het project geëvalueerd en worden de lessen meegenomen in de volgende fase.",
    ];

    private readonly HashSet<string> _openings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acts = new(StringComparer.Ordinal);
    private int _programmeSeries;

    /// <summary>At least <paramref name="count"/> decisions would be written; exactly that many come back, in a shuffled order as in the real archive.</summary>
    public List<SyntheticDecision> Create(int count)
    {
        var decisions = new List<SyntheticDecision>(count + 5);
        while (decisions.Count < count)
        {
            var kind = draw.Between(1, 100);
            if (kind <= 35) decisions.Add(Unique(RecoveryProject));
            else if (kind <= 45) decisions.AddRange(ProgrammeYears());
            else if (kind <= 55) decisions.AddRange(DecreeSteps());
            else decisions.Add(Unique(General));
        }
        decisions.RemoveRange(count, decisions.Count - count);
        draw.Shuffle(decisions);
        return decisions;
    }

    private SyntheticDecision Unique(Func<SyntheticDecision> create)
    {
        for (var attempt = 0; ; attempt++)
        {
            var decision = create();
            if (_openings.Add(Opening(decision))) return decision;
            if (attempt > 1000) throw new GeneratorException("ran out of distinct decision openings; lower --scale.");
        }
    }

    /// <summary>The words a reference in 001 quotes: the first 200 characters of the decision.</summary>
    public static string Opening(SyntheticDecision decision) => decision.Line.Length <= 200 ? decision.Line : decision.Line[..200].TrimEnd();

    private SyntheticDecision RecoveryProject()
    {
        var (code, project) = draw.One(vocabulary.Projects);
        var year = draw.Between(2021, 2024);
        var topic = draw.One(Topics);
        var sector = draw.One(Sectors);
        var organisation = draw.Zipf(vocabulary.Organisations);
        var title = $"Plan Vlaamse Veerkracht: {project} - {topic} voor {sector}";
        var body = $"In {year} wordt {Amount()} voorzien voor het project '{project}' ({code}) rond {topic} voor {sector}. " +
                   $"In het kader van het relanceplan 'Vlaamse Veerkracht' keurt de Vlaamse Regering de invulling van dit project goed. Het project wordt uitgevoerd door {organisation}. " + Fillers3();
        return new SyntheticDecision(title, body, Date(year - 1, year));
    }

    private IEnumerable<SyntheticDecision> ProgrammeYears()
    {
        var programme = $"{Capitalise(draw.One(Topics))} {++_programmeSeries}";
        var first = draw.Between(2020, 2021);
        var years = draw.Between(3, 4);
        var organisation = draw.Zipf(vocabulary.Organisations);
        for (var year = first; year < first + years; year++)
        {
            var title = $"Programma {programme}: uitvoeringsjaar {year}";
            var body = $"Voor de invulling van het programma {programme} voor het uitvoeringsjaar {year} keurt de Vlaamse Regering de gemotiveerde voordracht goed van {organisation}. " +
                       $"Daarvoor wordt {Amount()} vrijgemaakt. " + Fillers3();
            var decision = new SyntheticDecision(title, body, Date(year - 1, year - 1));
            _openings.Add(Opening(decision));
            yield return decision;
        }
    }

    private IEnumerable<SyntheticDecision> DecreeSteps()
    {
        string act;
        string topic;
        do
        {
            topic = draw.One(Topics);
            act = $"tot wijziging van het decreet van {draw.Between(1, 28)} {draw.One(Months)} {draw.Between(1990, 2022)} betreffende {topic}";
        } while (!_acts.Add(act));
        var title = $"Versterking regelgeving {topic}: wijzigingsdecreet";
        var year = draw.Between(2020, 2023);
        var organisation = draw.Zipf(vocabulary.Organisations);
        string[] openings =
        [
            $"Voorontwerp van decreet {act} en {draw.One(Topics)}. De Vlaamse Regering hecht haar principiële goedkeuring aan het voorontwerp, opgemaakt met {organisation}.",
            $"Ontwerpdecreet {act} en {draw.One(Topics)}. Na advies van de Raad van State keurt de Vlaamse Regering het ontwerpdecreet definitief goed.",
            $"Bekrachtiging en afkondiging van het decreet {act} en {draw.One(Topics)}. Het Vlaams Parlement heeft het decreet aangenomen.",
        ];
        for (var step = 0; step < openings.Length; step++)
        {
            var decision = new SyntheticDecision(title, openings[step] + " " + Fillers3(), Date(year + step, year + step));
            _openings.Add(Opening(decision));
            yield return decision;
        }
    }

    private SyntheticDecision General()
    {
        var topic = draw.One(Topics);
        var sector = draw.One(Sectors);
        var organisation = draw.Zipf(vocabulary.Organisations);
        var year = draw.Between(2020, 2024);
        var (title, opening) = draw.Between(1, 4) switch
        {
            1 => ($"Oproep {year} '{Capitalise(topic)} in {sector}'",
                  $"De Vlaamse Regering keurt de oproep '{Capitalise(topic)}' goed voor {sector}. Met deze oproep wordt {Amount()} ter beschikking gesteld, beheerd door {organisation}."),
            2 => ($"Subsidie aan {organisation} voor {topic}",
                  $"De Vlaamse Regering kent een subsidie van {Amount()} toe aan {organisation} voor {topic} in {sector} in {year}."),
            3 => ($"Raamovereenkomst voor {topic} bij {sector}",
                  $"Voor een geraamde waarde van {Amount()} hecht de Vlaamse Regering haar principiële goedkeuring aan het plaatsen van een raamovereenkomst voor {topic}, via {organisation}."),
            _ => ($"Voortgangsrapport {topic} {year}",
                  $"De Vlaamse Regering neemt kennis van het voortgangsrapport over {topic} bij {sector}, opgemaakt door {organisation}."),
        };
        return new SyntheticDecision(title, opening + " " + Fillers3(), Date(year - 1, year));
    }

    private string Fillers3() => string.Join(' ', Enumerable.Range(0, draw.Between(4, 8)).Select(_ => draw.One(Fillers)
        .Replace("{org}", draw.Zipf(vocabulary.Organisations))
        .Replace("{block}", draw.Zipf(vocabulary.BuildingBlocks))
        .Replace("{sector}", draw.One(Sectors))));

    /// <summary>Mostly millions with a decimal comma, else thousands with a dot, as the decisions write them.</summary>
    private string Amount()
    {
        if (draw.Chance(0.6))
        {
            var millions = draw.Between(1, 40);
            var decimals = draw.Between(0, 99);
            return decimals == 0 || draw.Chance(0.3)
                ? $"{millions} miljoen euro"
                : $"{millions},{decimals.ToString("00", CultureInfo.InvariantCulture).TrimEnd('0')} miljoen euro";
        }
        return $"{draw.Between(10, 999)}.000 euro";
    }

    private DateOnly Date(int fromYear, int toYear) =>
        new(draw.Between(fromYear, toYear), draw.Between(1, 12), draw.Between(1, 28));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
