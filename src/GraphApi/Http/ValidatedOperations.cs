using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Http;

/// <summary>
/// Remembers the validation of an operation without variables, so that the same operation of a cached document is
/// not walked again: GraphQL.NET walks the whole document up to three times per request (its rules, the parsing of
/// every argument, the complexity rule), which was a fifth of a repeated simple query's CPU time.
/// <para>
/// Without variables nothing a request adds can change the outcome: the arguments are literals, and the rules
/// (depth, complexity, queries only over GET) are fixed for the process. A remembered success answers a request
/// whose rules were all among those that validated it; failures are not remembered, so every bad request is told why.
/// </para>
/// </summary>
internal sealed class ValidatedOperations(IDocumentValidator validator) : IDocumentValidator
{
    // Keyed by the parsed operation, so an entry lives as long as the document cache keeps the document.
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, Known> _known = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Operation.Variables is { Items.Count: > 0 })
            return validator.ValidateAsync(options);
        if (_known.TryGetValue(options.Operation, out var known) && known.Covers(options.Rules))
            return Task.FromResult(known.ForRequest());
        return ValidateAndRememberAsync(options);
    }

    private async Task<IValidationResult> ValidateAndRememberAsync(ValidationOptions options)
    {
        var result = await validator.ValidateAsync(options).ConfigureAwait(false);
        if (result.IsValid)
            _known.AddOrUpdate(options.Operation, new Known(result, [.. options.Rules ?? DocumentValidator.CoreRules]));
        return result;
    }

    private sealed class Known(IValidationResult result, IValidationRule[] rules)
    {
        public bool Covers(IEnumerable<IValidationRule>? requested)
        {
            foreach (var rule in requested ?? DocumentValidator.CoreRules)
                if (Array.IndexOf(rules, rule) < 0) return false;
            return true;
        }

        /// <summary>
        /// The remembered result with dictionaries of the request's own: execution adds to them when it merges fields
        /// selected twice, and requests run at the same time. The parsed values in them are only read.
        /// </summary>
        public IValidationResult ForRequest() => result.ArgumentValues is null && result.DirectiveValues is null
            ? result
            : new ValidationResult
            {
                Variables = result.Variables,
                ArgumentValues = result.ArgumentValues is { } arguments ? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(arguments) : null,
                DirectiveValues = result.DirectiveValues is { } directives ? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>(directives) : null,
            };
    }
}
