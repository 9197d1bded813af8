namespace GraphApi.Graph;

/// <summary>Why a FULFILLS relationship exists; the value of its <c>basis</c> property.</summary>
public static class FulfilBasis
{
    /// <summary>The evaluation in the corpus cites the decision for the clause.</summary>
    public const string Cited = "cited";
    /// <summary>Found by text similarity and shared organisations, programmes or building blocks.</summary>
    public const string Textual = "textual";
    /// <summary>Set by an editor in seeds/links/curated.yaml.</summary>
    public const string Curated = "curated";
}
