namespace GraphApi.Corpus.Linking;

/// <summary>The readable, stable ids of nodes read from the documents.</summary>
public static class Ids
{
    public static string Decision(string document, int sourceIndex) => $"decision:{document}-{sourceIndex:00}";
    public static string Clause(string number) => $"clause:{number}";
    public static string Promise(string clause, int ordinal) => $"promise:{clause}-{ordinal:00}";
    public static string Evaluation(string document) => $"evaluation:{document}";
    public static string Budget(string document, string owner, int ordinal) => $"budget:{document}-{owner}-{ordinal}";
    public static string Question(string document, int number) => $"question:{document}-{number}";
}
