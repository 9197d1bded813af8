using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Embedded;

/// <summary>The parts of a filter that must each hold: the filter itself, or the parts of its <see cref="AllOf"/>s, however nested.</summary>
internal static class Conjuncts
{
    public static IEnumerable<Filter> Of(Filter? filter)
    {
        if (filter is AllOf all)
        {
            foreach (var part in all.Filters)
                foreach (var conjunct in Of(part))
                    yield return conjunct;
        }
        else if (filter is not null)
            yield return filter;
    }
}
