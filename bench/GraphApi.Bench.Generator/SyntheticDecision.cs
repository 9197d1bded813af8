namespace GraphApi.Bench.Generator;

/// <summary>One generated decision: its line in 000 is <c>n - Title   Body</c>; the date goes to its reference in 001.</summary>
public sealed record SyntheticDecision(string Title, string Body, DateOnly Date)
{
    public string Line => Title + "   " + Body;
}
