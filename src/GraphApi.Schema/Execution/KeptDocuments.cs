using GraphQL;
using GraphQL.Execution;

namespace GraphApi.Schema.Execution;

/// <summary>
/// Marks an execution whose document the host keeps parsed for the requests that repeat it (its document cache).
/// Only for such a document is remembering what its selection sets collect and its fields prepare worth the cost:
/// a document parsed for one request would pay for remembering without ever reading it back (measured in process,
/// where every run parses anew: about 15% more time and 3 KB more garbage for decision-by-id).
/// </summary>
public static class KeptDocuments
{
    private const string Key = "graphapi.kept-document";

    /// <summary>Called by whoever hands GraphQL.NET a document kept from an earlier request.</summary>
    public static void Mark(ExecutionOptions options) => options.UserContext[Key] = true;

    public static bool Holds(IProvideUserContext context) => context.UserContext.ContainsKey(Key);
}
