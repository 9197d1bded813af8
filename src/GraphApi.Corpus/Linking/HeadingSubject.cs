using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Whether an organisation named in an objective's title is the one that carries it out. Titles in the
/// first person ("We versterken Digitaal Vlaanderen ...") are the minister's, and name organisations as
/// what is acted on; otherwise the organisation is the subject ("Het Facilitair Bedrijf zet ...", also
/// after inversion: "Tegen 2027 wil Het Facilitair Bedrijf ...") or the agent of a passive ("wordt door
/// Het Facilitair Bedrijf opgenomen"), unless a preposition makes it a complement ("van de Vlaamse overheid").
/// </summary>
internal static partial class HeadingSubject
{
    [GeneratedRegex(@"^(?:We|Wij|Ik)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"(?<![\p{L}])(?:van|voor|bij|met|aan|naar|in|op|tot|over|om|binnen|tussen|zoals)\s+(?:(?:de|het|een)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();

    /// <param name="title">The objective's title as in the document.</param>
    /// <param name="index">Where in <paramref name="title"/> the organisation's name starts.</param>
    public static bool IsSubject(string title, int index) =>
        !FirstPerson().IsMatch(title) && !PrepositionBefore().IsMatch(title[..index]);
}
