namespace GraphApi.Corpus.Extraction;

/// <summary>
/// One money expression as written (<see cref="Quote"/>) and what it is worth: either an exact
/// amount in euro, or — when the expression cannot be read — the <see cref="Problem"/> with it.
/// An unreadable expression never carries a number, so nothing downstream can count a guess.
/// </summary>
public sealed record EuroAmount
{
    private EuroAmount(string quote, decimal? euros, string? problem)
    {
        Quote = quote;
        Euros = euros;
        Problem = problem;
    }

    /// <summary>The expression exactly as it stands in the text, e.g. <c>5,79 miljoen euro</c>.</summary>
    public string Quote { get; }

    /// <summary>The exact amount in euro (5,79 miljoen = 5 790 000), or null when unreadable.</summary>
    public decimal? Euros { get; }

    /// <summary>Why the expression cannot be read, or null when it can.</summary>
    public string? Problem { get; }

    public bool IsReadable => Euros is not null;

    // Dividing by 1 with 28 zero decimals drops the trailing zeros a decimal keeps from its parse
    // ("4,21 miljoen" is 4210000, not 4210000.00), so equal amounts print alike.
    public static EuroAmount Read(string quote, decimal euros) => new(quote, euros / 1.0000000000000000000000000000m, null);

    public static EuroAmount Unreadable(string quote, string problem) => new(quote, null, problem);

    public override string ToString() => IsReadable ? $"{Euros:0.##} euro ('{Quote}')" : $"unreadable '{Quote}': {Problem}";
}
