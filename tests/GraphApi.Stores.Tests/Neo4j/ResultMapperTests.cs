using GraphApi.Graph;
using GraphApi.Stores.Neo4j;

namespace GraphApi.Stores.Tests.Neo4j;

public class ResultMapperTests
{
    private static readonly Evidence[] Sources =
    [
        new("besluit-2021.txt", 120, "Athumi krijgt de opdracht"),
        new("nota-2022.txt", 7, "datanutsbedrijf"),
    ];

    [Fact]
    public void A_node_row_maps_back_to_the_node_with_its_lists_and_evidence_and_without_its_null_properties()
    {
        var node = new Node("decision:000-11", [NodeLabel.Decision], new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = "Oprichting van Athumi",
            ["date"] = null,
            ["aliases"] = new List<string> { "VR 2021 0107", "datanutsbedrijf" },
            ["years"] = new List<long> { 2021, 2022 },
            ["confidence"] = 0.75,
            ["amount"] = 5_000_000L,
            ["approved"] = true,
        }, Sources);

        var mapped = Neo4jResultMapper.Node(QueryApiRows.Node(node));

        Assert.Equal(node.Id, mapped.Id);
        Assert.Equal(node.Labels, mapped.Labels);
        Assert.False(mapped.Properties.ContainsKey("date"));
        Assert.Equal(node.Properties.Where(p => p.Value is not null), mapped.Properties);
        Assert.IsType<List<string>>(mapped.Properties["aliases"]);
        Assert.IsType<List<long>>(mapped.Properties["years"]);
        Assert.Equal(node.Sources, mapped.Sources);
    }

    [Fact]
    public void A_relationship_row_maps_back_to_the_relationship_without_its_storage_properties()
    {
        var relationship = new Relationship("decision:000-11-FULFILLS->clause:3.2.3", RelationshipType.Fulfills, "decision:000-11", "clause:3.2.3",
            new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["basis"] = "cited", ["confidence"] = 1.0 }, Sources);

        var mapped = Neo4jResultMapper.Relationship(QueryApiRows.Relationship(relationship));

        Assert.Equal(relationship with { Properties = mapped.Properties, Sources = mapped.Sources }, mapped);
        Assert.Equal(relationship.Properties, mapped.Properties);
        Assert.Equal(relationship.Sources, mapped.Sources);
    }

    [Fact]
    public void Without_stored_sources_the_evidence_is_empty()
    {
        var node = new Node("agency:athumi", [NodeLabel.Agency], new Dictionary<string, object?> { ["name"] = "Athumi" }, []);

        var mapped = Neo4jResultMapper.Node(QueryApiRows.Node(node));

        Assert.Empty(mapped.Sources);
        Assert.Equal(["Agency"], mapped.Labels);
    }

    [Fact]
    public void A_decimal_property_comes_back_as_the_double_neo4j_stored()
    {
        var node = new Node("budget:1", [NodeLabel.Budget], new Dictionary<string, object?> { ["amount"] = 12.5m }, []);

        Assert.Equal(12.5, Neo4jResultMapper.Node(QueryApiRows.Node(node)).Properties["amount"]);
    }
}
