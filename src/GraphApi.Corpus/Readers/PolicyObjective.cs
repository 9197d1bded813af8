using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// A strategic or operational objective of one policy field. <see cref="Number"/> is normalised
/// ("SD1", "OD1.1") whatever spacing and punctuation the heading used; <see cref="Parent"/> is the
/// SD an OD belongs to; <see cref="Section"/> the ISE heading it stands under ("5. ISE: Documentbeheer").
/// <see cref="TitleSource"/> is the title within the heading and <see cref="Body"/> the raw paragraphs up
/// to the next heading, so that names can be looked up at their place in the document.
/// </summary>
public sealed record PolicyObjective(
    string Field,
    string Number,
    ObjectiveKind Kind,
    string? Parent,
    string Title,
    string Text,
    string? Section,
    Evidence Heading,
    Evidence TitleSource,
    Evidence? Body);
