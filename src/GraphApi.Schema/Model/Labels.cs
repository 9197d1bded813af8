using GraphApi.Graph;
using GraphApi.Stores;
using K = GraphApi.Schema.Model.ScalarKind;

namespace GraphApi.Schema.Model;

/// <summary>The node labels the API exposes, with their properties and relationships both ways.</summary>
public static class Labels
{
    private static ScalarField S(string name, ScalarKind kind, string description, bool nonNull = false) => new(name, name, kind, description, nonNull);

    private static RelationField Out(string name, string type, string? label, bool many, string description) => new(name, type, Direction.Outgoing, label, many, description);

    private static RelationField In(string name, string type, string? label, bool many, string description) => new(name, type, Direction.Incoming, label, many, description);

    public static readonly LabelDefinition Agreement = new(NodeLabel.Agreement, "A coalition agreement (regeerakkoord).",
        [S("name", K.String, "The agreement's name.", true), S("period", K.String, "The years it covers, e.g. 2019-2024.")],
        [In("clauses", RelationshipType.PartOf, NodeLabel.Clause, true, "The clauses of the agreement the corpus quotes.")]);

    public static readonly LabelDefinition Clause = new(NodeLabel.Clause, "A numbered section of the agreement, e.g. 3.2.3.",
        [S("number", K.String, "The section number.", true), S("title", K.String, "The heading."), S("text", K.String, "The clause's text.")],
        [
            Out("agreement", RelationshipType.PartOf, NodeLabel.Agreement, false, "The agreement the clause is part of."),
            In("promises", RelationshipType.PartOf, NodeLabel.Promise, true, "The separate commitments in the clause."),
            In("evaluations", RelationshipType.Evaluates, NodeLabel.Evaluation, true, "Evaluations of how well the clause was kept."),
        ]);

    public static readonly LabelDefinition Promise = new(NodeLabel.Promise, "One commitment inside a clause: a sentence, or the part of one, that commits to something.",
        [S("ordinal", K.Int, "Its place in the clause, from 1.", true), S("text", K.String, "The promise's words.", true), S("clauseNumber", K.String, "The number of its clause.")],
        [Out("clause", RelationshipType.PartOf, NodeLabel.Clause, false, "The clause the promise is part of.")]);

    public static readonly LabelDefinition Decision = new(NodeLabel.Decision, "A decision of the Flemish Government (beslissing van de Vlaamse Regering).",
        [
            S("sourceIndex", K.Int, "The decision's number in the evaluation request (000), which the evaluation cites as [n].", true),
            S("title", K.String, "The decision's title.", true),
            S("text", K.String, "The decision's text."),
            new("kind", "kind", K.String, "The step it takes: preliminaryDraft (voorontwerp), draft (ontwerp), ratification (bekrachtiging), approvalInPrinciple, approval, call, acknowledgement.", true),
            S("date", K.String, "The date of the decision (YYYY-MM-DD) from the published references; null when no reference gives it."),
            S("themisUri", K.String, "The decision's Themis URI, where a published reference gives it."),
            S("projectCodes", K.StringList, "Vlaamse Veerkracht project codes it names, e.g. VV057."),
            S("track", K.String, "The id of the track it is a step of: one decree, order or yearly programme."),
            S("trackName", K.String, "What the track is the steps of."),
            S("trackStep", K.Int, "Its place in the track, from 1."),
        ],
        [
            Out("decidedBy", RelationshipType.DecidedBy, NodeLabel.Agency, false, "The government that took the decision (Vlaamse Regering), where its text names it."),
            Out("agencies", RelationshipType.Involves, NodeLabel.Agency, true, "The organisations the decision names, other than the government that took it."),
            Out("programmes", RelationshipType.Mentions, NodeLabel.Programme, true, "The programmes and projects it names."),
            Out("buildingBlocks", RelationshipType.Mentions, NodeLabel.BuildingBlock, true, "The platforms and building blocks it names."),
            Out("budgets", RelationshipType.Funds, NodeLabel.Budget, true, "The amounts it provides."),
            Out("previous", RelationshipType.Follows, NodeLabel.Decision, false, "The step before this one in its track."),
            In("next", RelationshipType.Follows, NodeLabel.Decision, false, "The step after this one in its track."),
            In("citedBy", RelationshipType.Cites, NodeLabel.Evaluation, true, "The evaluations that cite the decision."),
        ]);

    public static readonly LabelDefinition Agency = new(NodeLabel.Agency, "An organisation the documents name: agentschap, departement, vzw, steering body, the government ...; kind tells agencies in the narrow sense from the others.",
        [
            S("name", K.String, "The canonical name.", true),
            S("kind", K.String, "AGENCY (an agency in the narrow sense: agentschap, departement, DAB ... of the Flemish administration), GOVERNMENT, PARLIAMENT, COMMITTEE, OVERSIGHT, RESEARCH, NONPROFIT, COMPANY, FEDERAL or EU_INSTITUTION.", true),
            S("type", K.String, "What kind of organisation, in the documents' words, e.g. agentschap."),
            S("aliases", K.StringList, "Other names the documents use."),
        ],
        [
            In("decisions", RelationshipType.Involves, NodeLabel.Decision, true, "The decisions that name it (not those it took)."),
            In("decisionsTaken", RelationshipType.DecidedBy, NodeLabel.Decision, true, "The decisions it took: for the Vlaamse Regering, the decisions whose text names it."),
            In("budgets", RelationshipType.Allocates, NodeLabel.Budget, true, "The amounts allocated to it."),
            Out("responsibleFor", RelationshipType.ResponsibleFor, null, true, "What it holds: building blocks, indicators, objectives."),
            In("initiatives", RelationshipType.Involves, NodeLabel.Initiative, true, "The planned initiatives it takes part in."),
        ]);

    public static readonly LabelDefinition Programme = new(NodeLabel.Programme, "A programme or one of its projects (Vlaanderen Radicaal Digitaal, Vlaamse Veerkracht, VV057 ...).",
        [S("name", K.String, "The canonical name.", true), S("type", K.String, "programme, edition, project, call ..."), S("code", K.String, "The project code, e.g. VV057."), S("aliases", K.StringList, "Other names the documents use.")],
        [
            Out("parent", RelationshipType.PartOf, NodeLabel.Programme, false, "The programme this one is part of."),
            In("projects", RelationshipType.PartOf, NodeLabel.Programme, true, "Its editions and projects."),
            In("decisions", RelationshipType.Mentions, NodeLabel.Decision, true, "The decisions that name it."),
            In("budgets", RelationshipType.Allocates, NodeLabel.Budget, true, "The amounts allocated to it."),
            Out("fundedBudgets", RelationshipType.Funds, NodeLabel.Budget, true, "The amounts provided in its framework."),
        ]);

    public static readonly LabelDefinition Budget = new(NodeLabel.Budget, "An amount of money, with the years it applies to.",
        [
            S("amount", K.Decimal, "The amount in euro, exactly as stated.", true),
            S("currency", K.String, "Always EUR."),
            S("years", K.IntList, "The years it applies to; empty when the text states none."),
            S("annual", K.Boolean, "The amount is given every year of its years."),
            S("cap", K.Boolean, "The amount is a maximum."),
            S("perUnit", K.String, "What it is given per, e.g. project."),
            S("total", K.Boolean, "The text calls it a total."),
            S("sentence", K.String, "The sentence that states it."),
        ],
        [
            Out("recipients", RelationshipType.Allocates, null, true, "Who or what receives it."),
            Out("recipient", RelationshipType.Allocates, null, false, "The first recipient."),
            In("fundedBy", RelationshipType.Funds, null, true, "The decision or programme that provides it."),
            Out("partOf", RelationshipType.PartOf, NodeLabel.Budget, false, "The total this amount is a part of."),
            In("parts", RelationshipType.PartOf, NodeLabel.Budget, true, "The parts that add up to this total."),
        ]);

    public static readonly LabelDefinition Objective = new(NodeLabel.Objective, "A policy objective: strategic (SD) or operational (OD) doelstelling, speerpunt or actiepunt.",
        [
            S("kind", K.String, "strategic, operational, speerpunt or actiepunt.", true),
            S("number", K.String, "Its number within its policy field or strategy, e.g. OD1.1."),
            S("title", K.String, "The heading."),
            S("text", K.String, "The text under the heading."),
            S("policyField", K.String, "The policy field (beleidsveld) of the policy note."),
            S("section", K.String, "The section it is in."),
        ],
        [
            Out("parent", RelationshipType.PartOf, NodeLabel.Objective, false, "The objective this one is part of."),
            In("children", RelationshipType.PartOf, NodeLabel.Objective, true, "The objectives that are part of this one."),
            In("indicators", RelationshipType.Measures, NodeLabel.Indicator, true, "The indicators that measure it."),
            In("responsibleAgencies", RelationshipType.ResponsibleFor, NodeLabel.Agency, true, "The agencies responsible for it."),
            Out("mentions", RelationshipType.Mentions, null, true, "The organisations, programmes and building blocks it names."),
        ]);

    public static readonly LabelDefinition Indicator = new(NodeLabel.Indicator, "A performance indicator (prestatie-indicator) of the policy note.",
        [
            S("name", K.String, "Benaming.", true), S("definition", K.String, "Definitie."), S("lastKnownValue", K.String, "Laatste gekende waarde; null when the note gives none."),
            S("targetValue", K.String, "Streefwaarde."), S("relevance", K.String, "Beleidsmatige relevantie."), S("policyField", K.String, "The policy field."), S("section", K.String, "The section it is in."),
        ],
        [
            Out("objectives", RelationshipType.Measures, NodeLabel.Objective, true, "The objectives it measures."),
            In("responsibleAgencies", RelationshipType.ResponsibleFor, NodeLabel.Agency, true, "The agencies responsible for it."),
        ]);

    public static readonly LabelDefinition BuildingBlock = new(NodeLabel.BuildingBlock, "A shared platform or building block (bouwsteen): MAGDA, Mijn Burgerprofiel, Kaleidos ...",
        [S("name", K.String, "The canonical name.", true), S("type", K.String, "platform, loket, register ..."), S("aliases", K.StringList, "Other names the documents use.")],
        [
            In("decisions", RelationshipType.Mentions, NodeLabel.Decision, true, "The decisions that name it."),
            In("budgets", RelationshipType.Allocates, NodeLabel.Budget, true, "The amounts allocated to it."),
            In("responsibleAgencies", RelationshipType.ResponsibleFor, NodeLabel.Agency, true, "The agencies that hold it."),
        ]);

    public static readonly LabelDefinition Document = new(NodeLabel.Document, "A source document of the corpus.",
        [S("fileName", K.String, "The file name.", true), S("kind", K.String, "The document's format."), S("title", K.String, "Its first line."), S("length", K.Int, "Its length in characters.")],
        []);

    public static readonly LabelDefinition Evaluation = new(NodeLabel.Evaluation, "An evaluation of how well a clause was kept, citing decisions as [n].",
        [S("title", K.String, "The evaluation's title."), S("text", K.String, "The evaluation's text.")],
        [
            Out("clause", RelationshipType.Evaluates, NodeLabel.Clause, false, "The clause it evaluates."),
            Out("cites", RelationshipType.Cites, NodeLabel.Decision, true, "The decisions it cites."),
        ]);

    public static readonly LabelDefinition Initiative = new(NodeLabel.Initiative, "A planned policy or regulatory initiative of the policy note's annex.",
        [S("title", K.String, "The initiative's title.", true), S("text", K.String, "Its description."), S("planning", K.StringList, "The planned steps, 'step: when'."), S("policyField", K.String, "The policy field."), S("kind", K.String, "e.g. Regelgeving."), S("entities", K.String, "The organisations involved, as the note lists them.")],
        [Out("agencies", RelationshipType.Involves, NodeLabel.Agency, true, "The organisations involved.")]);

    public static readonly LabelDefinition Question = new(NodeLabel.Question, "A question of a written parliamentary question, with the minister's answer.",
        [S("number", K.Int, "Its number.", true), S("title", K.String, "The parliamentary question's title."), S("question", K.String, "The question."), S("answer", K.String, "The answer.")],
        [
            Out("mentions", RelationshipType.Mentions, null, true, "What the answer names: organisations, programmes, building blocks and budgets."),
            Out("budgets", RelationshipType.Mentions, NodeLabel.Budget, true, "The amounts the answer states."),
        ]);

    public static readonly LabelDefinition Axis = new(NodeLabel.Axis, "An axis (as) of the digital strategy.",
        [S("name", K.String, "burger, onderneming, overheid or infrastructuur.", true)], []);

    public static readonly LabelDefinition Principle = new(NodeLabel.Principle, "A principle the digital strategy commits to.",
        [S("number", K.Int, "Its number.", true), S("title", K.String, "The principle.", true), S("text", K.String, "What it means.")],
        [Out("mentions", RelationshipType.Mentions, null, true, "The organisations, programmes and building blocks it names.")]);

    public static readonly IReadOnlyList<LabelDefinition> All =
        [Agreement, Clause, Promise, Decision, Agency, Programme, Budget, Objective, Indicator, BuildingBlock, Document, Evaluation, Initiative, Question, Axis, Principle];

    public static LabelDefinition Of(string label) => All.First(l => l.Label == label);
}
