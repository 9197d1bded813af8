using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// The line shapes of a beleidsnota. Headings never contain a tab: the table of contents repeats
/// every heading with a tab before its page number, and that is how its lines are told apart.
/// </summary>
internal static partial class NoteHeadings
{
    /// <summary>A part in capitals: "II. BELEIDSVELD I: DIGITALISERING", "IV. BIJLAGE '...'".</summary>
    [GeneratedRegex(@"^(?<number>[IVXLC]+)\.\s+(?<text>[^\t\p{Ll}]*\p{Lu}[^\t\p{Ll}]*)$")]
    public static partial Regex Part();

    /// <summary>A numbered section: "3.1.1. Digitaal Vlaanderen". Capped in length so that a numbered paragraph is not taken for one.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,2}){0,3})\.\s+(?<text>\S[^\t]{0,149})$")]
    public static partial Regex Numbered();

    /// <summary>"SD1: ...", "OD1.1 ...", "OD 1.1 ...", "OD2.1. ...", "OD 7.6: ...".</summary>
    [GeneratedRegex(@"^(?:(?<kind>SD)\s?(?<major>\d{1,2})|(?<kind>OD)\s?(?<major>\d{1,2})\.(?<minor>\d{1,2}))\.?:?\s+(?<title>\S[^\t]*)$")]
    public static partial Regex Objective();

    /// <summary>An objective named inside running text: "SD 1: Een efficiënte overheid ...", "OD 1.2".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<kind>SD)\s?(?<major>\d{1,2})|(?<kind>OD)\s?(?<major>\d{1,2})\.(?<minor>\d{1,2}))(?![\p{N}])(?::[^<\t\n]*)?")]
    public static partial Regex ObjectiveReference();

    /// <summary>A row of a flattened table: label, tab, value.</summary>
    [GeneratedRegex(@"^(?<label>[^\t]{1,60})\t(?<value>.*)$")]
    public static partial Regex TableRow();

    /// <summary>"in lijn met regeerakkoord: <i>'...'</i>", "Het regeerakkoord merkt op dat <i>'...'</i>".</summary>
    [GeneratedRegex(@"regeerakkoord(?:\s*:|\s+merkt\s+op\s+dat)\s*<i>\s*'(?<quote>.+?)'\s*</i>", RegexOptions.IgnoreCase)]
    public static partial Regex AgreementQuote();

    /// <summary>"Regelgeving - Voorontwerp van decreet ..." opens an initiative of the annex.</summary>
    [GeneratedRegex(@"^(?<kind>Regelgeving|Beleid)\s+[-–]\s+(?<title>\S.*)$")]
    public static partial Regex Initiative();

    [GeneratedRegex(@"^Beleidsveld\s+(?<name>.+?)\.?$", RegexOptions.IgnoreCase)]
    public static partial Regex AnnexField();

    [GeneratedRegex(@"^Indicatieve\s+planning\s*:?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Planning();

    [GeneratedRegex(@"^Entiteiten\s+betrokken\s+bij\s+dit\s+initiatief\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex Entities();

    /// <summary>Commas and " en " separate organisations, but not the " en " of "Informatie- en ICT-beleid".</summary>
    [GeneratedRegex(@",|(?<!-)\s+en\s+")]
    public static partial Regex EntitySeparator();

    /// <summary>"1" for "SD1", "1.1" for "OD 1.1": the normalised number an objective is known by.</summary>
    public static string Number(Match match) =>
        match.Groups["kind"].Value + match.Groups["major"].Value + (match.Groups["minor"].Success ? "." + match.Groups["minor"].Value : "");
}
