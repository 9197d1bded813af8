using GraphApi.Graph;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>
/// Texts asked for by equality are looked up in an index the embedded store makes on first use; what it finds is what a
/// test of every node finds: by id, name or alias, with and without case, in lists, with other conditions, and for texts
/// that no node holds.
/// </summary>
public class EqualTextsTests
{
    private static async Task<List<string>> Ids(string label, Filter where) =>
        (await RealGraph.Store.FindNodesAsync(new NodeQuery(label, where, [], 100, null), CancellationToken.None)).Nodes.Select(n => n.Id).ToList();

    // The reference: every node of the label tested on its own, in id order.
    private static List<string> Tested(string label, Func<Node, bool> holds) =>
        RealGraph.Graph.Nodes.Where(n => n.Labels.Contains(label) && holds(n)).Select(n => n.Id).Order(StringComparer.Ordinal).Take(100).ToList();

    private static bool Same(string? a, string b, bool ignoreCase) =>
        a is not null && string.Equals(a, b, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static bool Holds(Node node, string property, string text, bool ignoreCase) => property switch
    {
        "id" => Same(node.Id, text, ignoreCase),
        _ => node.Properties.GetValueOrDefault(property) switch
        {
            string value => Same(value, text, ignoreCase),
            IEnumerable<object?> values => values.Any(v => Same(v as string, text, ignoreCase)),
            _ => false,
        },
    };

    public static TheoryData<string, string, bool> Texts => new()
    {
        { "name", "Digitaal Vlaanderen", false },
        { "name", "digitaal vlaanderen", true },
        { "name", "digitaal vlaanderen", false },
        { "aliases", "agentschap Digitaal Vlaanderen", false },
        { "aliases", "AGENTSCHAP digitaal vlaanderen", true },
        { "aliases", "AGENTSCHAP digitaal vlaanderen", false },
        { "id", "AGENCY:ATHUMI", true },
        { "id", "AGENCY:ATHUMI", false },
        { "name", "No Such Agency", true },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task A_text_asked_for_by_equality_finds_what_testing_every_agency_finds(string property, string text, bool ignoreCase)
    {
        var found = await Ids(NodeLabel.Agency, new Comparison(property, Operator.Eq, text, ignoreCase));

        Assert.Equal(Tested(NodeLabel.Agency, n => Holds(n, property, text, ignoreCase)), found);
    }

    [Fact]
    public async Task Names_matched_by_id_name_or_alias_find_each_agency_once()
    {
        var alias = RealGraph.Graph.Nodes.Where(n => n.Label == NodeLabel.Agency && n.Id != "agency:athumi")
            .SelectMany(n => n.Properties.GetValueOrDefault("aliases") as IEnumerable<string> ?? []).First();
        // Nested as the API asks for several names at once: any of each name's any of id, name and alias.
        var named = new AnyOf([new AnyOf([new Comparison("id", Operator.Eq, "agency:athumi", IgnoreCase: true), new Comparison("name", Operator.Eq, "ATHUMI", IgnoreCase: true)]),
            new AnyOf([new Comparison("aliases", Operator.Eq, alias.ToLowerInvariant(), IgnoreCase: true), new Comparison("name", Operator.Eq, "Digitaal Vlaanderen")])]);

        var found = await Ids(NodeLabel.Agency, named);

        var expected = Tested(NodeLabel.Agency, n => Holds(n, "id", "agency:athumi", true) || Holds(n, "name", "ATHUMI", true)
            || Holds(n, "aliases", alias.ToLowerInvariant(), true) || Holds(n, "name", "Digitaal Vlaanderen", false));
        Assert.True(expected.Count >= 3, string.Join(", ", expected));
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task A_text_and_another_condition_must_both_hold()
    {
        var found = await Ids(NodeLabel.Agency, new AllOf([new Comparison("name", Operator.Eq, "athumi", IgnoreCase: true), new Comparison("name", Operator.StartsWith, "Z")]));
        var kept = await Ids(NodeLabel.Agency, new AllOf([new Comparison("name", Operator.Eq, "athumi", IgnoreCase: true), new Comparison("name", Operator.StartsWith, "A")]));

        Assert.Empty(found);
        Assert.Equal(["agency:athumi"], kept);
    }

    [Fact]
    public async Task A_condition_with_another_kind_of_branch_is_tested_on_every_node()
    {
        var named = new AnyOf([new Comparison("name", Operator.Eq, "Athumi"), new Comparison("name", Operator.Contains, "facilitair", IgnoreCase: true)]);

        var found = await Ids(NodeLabel.Agency, named);

        var expected = Tested(NodeLabel.Agency, n => Holds(n, "name", "Athumi", false) || n.Get<string>("name")!.Contains("facilitair", StringComparison.OrdinalIgnoreCase));
        Assert.True(expected.Count >= 2, string.Join(", ", expected));
        Assert.Equal(expected, found);
    }
}
