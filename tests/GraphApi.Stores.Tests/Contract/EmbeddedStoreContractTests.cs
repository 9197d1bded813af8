using GraphApi.Stores.Tests.Embedded;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphApi.Stores.Tests.Contract;

/// <summary>The contract cases on the embedded store; their answers are pinned, and the Neo4j store must give the same.</summary>
public class EmbeddedStoreContractTests
{
    [Theory]
    [MemberData(nameof(ContractCases.Names), MemberType = typeof(ContractCases))]
    public async Task The_embedded_store_answers_the_contract_case(string name)
    {
        Snapshot.Match(await ContractCases.Run(name, RealGraph.Store), SnapshotNameExtension.Create(name));
    }
}
