using System.Text.Json;
using GraphApi.Stores.Neo4j;
using GraphApi.Stores.Tests.Embedded;

namespace GraphApi.Stores.Tests.Contract;

/// <summary>
/// The contract cases against a real Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD): the corpus is
/// loaded into it once, then every case must answer exactly as the embedded store does.
/// </summary>
public class Neo4jStoreContractTests
{
    private static readonly Lazy<Task<Neo4jGraphStore>> Store = new(async () =>
    {
        var client = new Neo4jQueryApiClient(new HttpClient(), new Neo4jOptions
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        });
        await new Neo4jGraphLoader(client).LoadAsync(RealGraph.Graph, CancellationToken.None);
        return new Neo4jGraphStore(client);
    });

    [Neo4jTheory]
    [MemberData(nameof(ContractCases.Names), MemberType = typeof(ContractCases))]
    public async Task The_neo4j_store_answers_the_contract_case_as_the_embedded_store_does(string name)
    {
        var expected = JsonSerializer.Serialize(await ContractCases.Run(name, RealGraph.Store));

        var actual = JsonSerializer.Serialize(await ContractCases.Run(name, await Store.Value));

        Assert.Equal(expected, actual);
    }
}
