using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// A beleidsveld: <see cref="Key"/> is the slug of its name ("digitalisering",
/// "interne-dienstverlening"), <see cref="Title"/> its heading without the part number.
/// </summary>
public sealed record PolicyField(string Key, string Title, Evidence Heading);
