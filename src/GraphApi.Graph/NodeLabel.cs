namespace GraphApi.Graph;

/// <summary>The kinds of node in the graph.</summary>
public static class NodeLabel
{
    /// <summary>A coalition agreement (regeerakkoord).</summary>
    public const string Agreement = "Agreement";
    /// <summary>A numbered section of the agreement, e.g. 3.2.3.</summary>
    public const string Clause = "Clause";
    /// <summary>One commitment inside a clause: a sentence, or the part of one, that commits to something.</summary>
    public const string Promise = "Promise";
    /// <summary>A decision of the Flemish Government (beslissing van de Vlaamse Regering).</summary>
    public const string Decision = "Decision";
    /// <summary>Any organisation the documents name: agentschap, departement, vzw, steering body.</summary>
    public const string Agency = "Agency";
    /// <summary>A programme or one of its projects (Vlaanderen Radicaal Digitaal, Vlaamse Veerkracht, VV057 ...).</summary>
    public const string Programme = "Programme";
    /// <summary>An amount of money with the years it applies to.</summary>
    public const string Budget = "Budget";
    /// <summary>A policy objective: strategic (SD) or operational (OD) doelstelling, speerpunt or actiepunt.</summary>
    public const string Objective = "Objective";
    /// <summary>A performance indicator (prestatie-indicator).</summary>
    public const string Indicator = "Indicator";
    /// <summary>A shared platform or building block (bouwsteen): MAGDA, Mijn Burgerprofiel, Kaleidos ...</summary>
    public const string BuildingBlock = "BuildingBlock";
    /// <summary>A source document of the corpus.</summary>
    public const string Document = "Document";
    /// <summary>The evaluation of how well a clause was kept, with its [n] citations.</summary>
    public const string Evaluation = "Evaluation";
    /// <summary>A planned policy or regulatory initiative (beleids- en regelgevingsinitiatief).</summary>
    public const string Initiative = "Initiative";
    /// <summary>A written parliamentary question (schriftelijke vraag) with the minister's answer.</summary>
    public const string Question = "Question";
    /// <summary>An axis (as) of the digital strategy: citizen, enterprise, government, infrastructure.</summary>
    public const string Axis = "Axis";
    /// <summary>A principle (principe) the digital strategy commits to.</summary>
    public const string Principle = "Principle";

    /// <summary>Every label, in alphabetical order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Agency, Agreement, Axis, Budget, BuildingBlock, Clause, Decision, Document, Evaluation, Indicator, Initiative, Objective, Principle, Programme, Promise, Question];
}
