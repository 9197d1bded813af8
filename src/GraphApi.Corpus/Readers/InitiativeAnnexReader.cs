using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads the annex "Overzicht beleids- en regelgevingsinitiatieven": under "1. Beleidsveld X", blocks
/// of "Regelgeving - title", description, "Indicatieve planning:" with one step a line, and
/// "Entiteiten betrokken bij dit initiatief:" followed by the organisations on one line.
/// </summary>
internal sealed class InitiativeAnnexReader(SourceDocument document, Diagnostics diagnostics, IReadOnlyList<PolicyField> fields)
{
    private enum Stage { Description, Planning, Entities, Done }

    private sealed class Draft(NoteLine heading, Match match, string? field)
    {
        public NoteLine Heading { get; } = heading;
        public Match Match { get; } = match;
        public string? Field { get; } = field;
        public Stage Stage { get; set; } = Stage.Description;
        public List<NoteLine> Description { get; } = [];
        public List<NoteLine> Planning { get; } = [];
        public (int Offset, string Text)? Entities { get; set; }
    }

    private readonly List<PolicyInitiative> _initiatives = [];
    private Draft? _draft;

    public IReadOnlyList<PolicyInitiative> Read(IEnumerable<NoteLine> lines)
    {
        string? field = null;
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (NoteHeadings.Numbered().Match(line.Text) is { Success: true } numbered
                && NoteHeadings.AnnexField().Match(numbered.Groups["text"].Value) is { Success: true } annexField)
            {
                Finish();
                field = FieldKey(annexField.Groups["name"].Value);
            }
            else if (NoteHeadings.Initiative().Match(line.Text) is { Success: true } initiative)
            {
                Finish();
                _draft = new Draft(line, initiative, field);
            }
            else if (_draft is null)
                diagnostics.Warn(document.FileName, line.Number, "text in the annex before the first initiative is ignored");
            else
                Add(_draft, line);
        }
        Finish();
        return _initiatives;
    }

    private void Add(Draft draft, NoteLine line)
    {
        if (NoteHeadings.Planning().IsMatch(line.Text))
            draft.Stage = Stage.Planning;
        else if (NoteHeadings.Entities().Match(line.Text) is { Success: true } entities)
        {
            draft.Stage = Stage.Entities;
            var rest = entities.Groups["rest"];
            if (rest.Length > 0) Entities(draft, line.Offset + rest.Index, rest.Value);
        }
        else if (draft.Stage == Stage.Description) draft.Description.Add(line);
        else if (draft.Stage == Stage.Planning) draft.Planning.Add(line);
        else if (draft.Stage == Stage.Entities) Entities(draft, line.Offset, line.Text);
        else diagnostics.Warn(document.FileName, line.Number, $"text after the entities of '{Title(draft)}' is ignored");
    }

    private static void Entities(Draft draft, int offset, string text)
    {
        draft.Entities = (offset, text);
        draft.Stage = Stage.Done;
    }

    private void Finish()
    {
        if (_draft is not { } draft) return;
        _draft = null;
        var title = Title(draft);
        if (draft.Planning.Count == 0) diagnostics.Warn(document.FileName, draft.Heading.Number, $"initiative '{title}' has no indicative planning");
        var entities = draft.Entities is { } line ? Split(line.Offset, line.Text) : [];
        if (entities.Count == 0)
            diagnostics.Warn(document.FileName, draft.Heading.Number, $"initiative '{title}' names no entities involved (the document ends or the list is empty)");
        _initiatives.Add(new PolicyInitiative(
            draft.Match.Groups["kind"].Value,
            title,
            draft.Field,
            PlainText.Paragraphs(draft.Description.Select(l => l.Text)),
            draft.Planning.Select(Step).ToList(),
            draft.Entities?.Text.Trim(),
            entities,
            draft.Heading.Evidence(document)));
    }

    private static string Title(Draft draft) => PlainText.FromHtml(draft.Match.Groups["title"].Value);

    private PlanningStep Step(NoteLine line)
    {
        var evidence = line.Evidence(document);
        var colon = evidence.Quote.IndexOf(':');
        return colon < 0
            ? new PlanningStep(evidence.Quote, null, evidence)
            : new PlanningStep(evidence.Quote[..colon].Trim(), evidence.Quote[(colon + 1)..].Trim(), evidence);
    }

    private List<InvolvedEntity> Split(int offset, string text)
    {
        var entities = new List<InvolvedEntity>();
        var start = 0;
        foreach (var separator in NoteHeadings.EntitySeparator().Matches(text).Append(null))
        {
            var end = separator?.Index ?? text.Length;
            if (!string.IsNullOrWhiteSpace(text[start..end]))
            {
                var evidence = document.TrimmedEvidence(offset + start, end - start);
                entities.Add(new InvolvedEntity(evidence.Quote, evidence));
            }
            start = end + (separator?.Length ?? 0);
        }
        return entities;
    }

    /// <summary>"Digitalisering" → "digitalisering": the key of the policy field the annex sub-section names.</summary>
    private string FieldKey(string name)
    {
        var slug = Slug.From(name);
        return fields.FirstOrDefault(f => f.Key == slug || f.Key.StartsWith(slug + "-") || slug.StartsWith(f.Key + "-"))?.Key ?? slug;
    }
}
