using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace GraphApi.Http;

/// <summary>
/// Refuses, before execution, an operation nested deeper than <see cref="GraphQLHttpOptions.MaxDepth"/> or more
/// complex than <see cref="GraphQLHttpOptions.MaxComplexity"/>. GraphQL.NET's rule computes the complexity and
/// words the error (the depth or complexity found and the limit); the depth is <see cref="OperationDepth"/>'s.
/// </summary>
internal sealed class DepthAndComplexityRule(GraphQLHttpOptions options) : ComplexityValidationRule(new ComplexityOptions
{
    MaxDepth = options.MaxDepth,
    MaxComplexity = options.MaxComplexity,
    DefaultComplexityImpactDelegate = Impact,
})
{
    private static readonly Func<FieldImpactContext, FieldComplexityResult> DefaultImpact =
        new ComplexityOptions().DefaultComplexityImpactDelegate;

    // Per operation of a cached document: without variables its figures cannot change, and working them out again
    // was a sixth of a repeated simple query's CPU time.
    private readonly ConditionalWeakTable<GraphQLParser.AST.GraphQLOperationDefinition, Tuple<double, int>> _known = new();

    protected override async ValueTask<(double TotalComplexity, int MaximumDepth)> CalculateComplexityAsync(ValidationContext context)
    {
        var operation = context.Operation;
        var fixedByDocument = operation.Variables is not { Items.Count: > 0 };
        if (fixedByDocument && _known.TryGetValue(operation, out var known))
            return (known.Item1, known.Item2);
        var (complexity, _) = await base.CalculateComplexityAsync(context);
        var depth = OperationDepth.Of(operation, context.Document);
        if (fixedByDocument)
            _known.AddOrUpdate(operation, Tuple.Create(complexity, depth));
        return (complexity, depth);
    }

    // The default counts every list as 20 items, which puts an IDE's introspection query (types × fields × args)
    // far above any sensible limit. Introspection lists are as long as the schema, not the data, so each
    // introspection field counts once; the depth limit still bounds how deep introspection can nest.
    private static FieldComplexityResult Impact(FieldImpactContext context) =>
        IsIntrospection(context) ? new(1, 1) : DefaultImpact(context);

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
        || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
