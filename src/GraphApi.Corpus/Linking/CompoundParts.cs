namespace GraphApi.Corpus.Linking;

/// <summary>
/// Where the parts of a compound that <see cref="CitationChecker"/> counts can be: its heads (last parts) of at
/// least <see cref="CitationChecker.MinimumHeadLength"/> letters and its first parts of at least
/// <see cref="CitationChecker.MinimumPartLength"/>, each leaving at least <see cref="CitationChecker.MinimumHeadLength"/>
/// letters of the compound. Looking these few spans up in a set finds the set's words that are parts of a
/// term without testing every word of the set (at scale 1000 the decisions have hundreds of thousands).
/// </summary>
internal static class CompoundParts
{
    public static IEnumerable<Range> Of(string compound)
    {
        var longest = compound.Length - CitationChecker.MinimumHeadLength;
        for (var length = CitationChecker.MinimumHeadLength; length <= longest; length++)
            yield return new Range(compound.Length - length, compound.Length);
        for (var length = CitationChecker.MinimumPartLength; length <= longest; length++)
            yield return new Range(0, length);
    }

    /// <summary>Whether the set holds a part of <paramref name="compound"/>.</summary>
    public static bool AnyIn(HashSet<string> words, string compound)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var part in Of(compound))
            if (lookup.Contains(compound.AsSpan()[part])) return true;
        return false;
    }
}
