using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// One entry of the published evaluation's <c>Referenties</c> list: its number there, the decision's
/// Themis URI and date, and the opening words of the decision, by which it is matched to 000.
/// </summary>
public sealed record Reference(int Number, string ThemisUri, DateOnly? Date, string Opening, Evidence Entry);
