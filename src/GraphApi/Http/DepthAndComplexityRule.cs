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

    // An operation is not validated again with variables it passed with before (ValidatedOperations).
    protected override async ValueTask<(double TotalComplexity, int MaximumDepth)> CalculateComplexityAsync(ValidationContext context)
    {
        var (complexity, _) = await base.CalculateComplexityAsync(context);
        return (complexity, OperationDepth.Of(context.Operation, context.Document));
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
