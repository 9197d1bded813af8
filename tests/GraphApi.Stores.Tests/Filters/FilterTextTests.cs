using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Filters;

public class FilterTextTests
{
    private static Filter DecisionsOf(string agency) =>
        new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, "Agency", new AllOf([new Comparison("name", Operator.In, new List<object?> { agency, "DV" })]));

    [Fact]
    public void The_same_condition_built_twice_has_one_text()
    {
        Assert.NotEqual(DecisionsOf("Athumi"), DecisionsOf("Athumi"));
        Assert.Equal(FilterText.Of(DecisionsOf("Athumi")), FilterText.Of(DecisionsOf("Athumi")));
    }

    [Fact]
    public void Values_of_different_kinds_have_different_texts()
    {
        var texts = new object?[] { "1", 1L, 1.0, 1m, true, "true", null, "null" }
            .Select(value => FilterText.Of(new Comparison("year", Operator.Eq, value)));

        Assert.Equal(8, texts.Distinct().Count());
    }

    [Fact]
    public void A_string_spelling_out_the_text_of_two_conditions_is_still_one_value()
    {
        var two = new AnyOf([new Comparison("name", Operator.Eq, "a"), new Comparison("name", Operator.Eq, "b")]);
        var one = new AnyOf([new Comparison("name", Operator.Eq, "a\"),(name Eq \"b")]);

        Assert.NotEqual(FilterText.Of(two), FilterText.Of(one));
    }

    [Fact]
    public void Quantifier_direction_label_and_case_each_change_the_text()
    {
        var where = new Comparison("name", Operator.Eq, "Athumi");
        Filter[] conditions =
        [
            new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, "Agency", where),
            new Related(Quantifier.None, "INVOLVES", Direction.Outgoing, "Agency", where),
            new Related(Quantifier.Some, "INVOLVES", Direction.Incoming, "Agency", where),
            new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, null, where),
            new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, "Agency", where with { IgnoreCase = true }),
            new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, "Agency", null),
        ];

        Assert.Equal(conditions.Length, conditions.Select(FilterText.Of).Distinct().Count());
    }
}
