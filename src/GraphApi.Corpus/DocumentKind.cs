namespace GraphApi.Corpus;

/// <summary>The five document formats of the corpus, told apart by the number that prefixes the file name.</summary>
public static class DocumentKind
{
    public const string EvaluationRequest = "evaluation-request";
    public const string PublishedEvaluation = "published-evaluation";
    public const string PolicyNote = "policy-note";
    public const string ParliamentaryQuestion = "parliamentary-question";
    public const string DigitalStrategy = "digital-strategy";

    public static readonly IReadOnlyDictionary<string, string> ByNumber = new Dictionary<string, string>
    {
        ["000"] = EvaluationRequest,
        ["001"] = PublishedEvaluation,
        ["002"] = PolicyNote,
        ["003"] = ParliamentaryQuestion,
        ["004"] = DigitalStrategy,
    };
}
