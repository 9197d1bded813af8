using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphApi.Http;

/// <summary>
/// GET is a safe method, so the spec forbids running a mutation through it (405). This is a validation rule rather
/// than a check in the endpoint so that it sees the operation GraphQL.NET selects, and so that it runs again on a
/// cached document, which may have been validated for a POST.
/// </summary>
internal sealed class QueriesOnlyOverGet : ValidationRuleBase
{
    public static readonly QueriesOnlyOverGet Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new MutationOverGetError(context.Document.Source, context.Operation));
        return default;
    }
}

/// <summary>A GET asked for a mutation; answered with 405 and <c>Allow: POST</c>.</summary>
public sealed class MutationOverGetError : ValidationError
{
    public MutationOverGetError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, Describe(operation), operation)
    {
        Code = "METHOD_NOT_ALLOWED";
    }

    private static string Describe(GraphQLOperationDefinition operation)
    {
        var kind = operation.Operation.ToString().ToLowerInvariant();
        var name = operation.Name is { } n ? $" '{n.StringValue}'" : "";
        return $"the operation{name} is a {kind}; GET only runs queries, send it with POST";
    }
}
