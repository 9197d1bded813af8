using System.Runtime.CompilerServices;
using System.Text;
using GraphApi.Caching;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Http;

/// <summary>
/// Remembers the validation of an operation with the variables it was sent with, so that the same operation of a
/// cached document is not walked again: GraphQL.NET walks the whole document up to three times per request (its
/// rules, the parsing of every argument, the complexity rule), which was a fifth of a repeated simple query's CPU
/// time, and a third of clause-via-agency's when sent with variables.
/// <para>
/// With the same variables (compared as canonical JSON) nothing a request adds can change the outcome: the rules
/// (depth, complexity, queries only over GET) are fixed for the process. A remembered success answers a request
/// whose rules were all among those that validated it; failures are not remembered, so every bad request is told why.
/// Each operation keeps at most <see cref="VariableSetsKept"/> sets of variables; when full it starts again empty.
/// </para>
/// </summary>
internal sealed class ValidatedOperations(IDocumentValidator validator) : IDocumentValidator
{
    public const int VariableSetsKept = 16;

    // Keyed by the parsed operation, so an entry lives as long as the document cache keeps the document.
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, Remembered> _remembered = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var variables = options.Operation.Variables is { Items.Count: > 0 } ? Encoding.UTF8.GetString(CanonicalVariables.Of(options.Variables)) : "";
        var remembered = _remembered.GetOrCreateValue(options.Operation);
        if (remembered.Find(variables) is { } known && known.Covers(options.Rules))
            return Task.FromResult(known.ForRequest());
        return ValidateAndRememberAsync(options, remembered, variables);
    }

    private async Task<IValidationResult> ValidateAndRememberAsync(ValidationOptions options, Remembered remembered, string variables)
    {
        var result = await validator.ValidateAsync(options).ConfigureAwait(false);
        if (result.IsValid)
            remembered.Keep(variables, new Known(result, [.. options.Rules ?? DocumentValidator.CoreRules]));
        return result;
    }

    /// <summary>One operation's validations, by the canonical JSON of their variables.</summary>
    private sealed class Remembered
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, Known> _byVariables = new(StringComparer.Ordinal);

        public Known? Find(string variables)
        {
            lock (_lock)
                return _byVariables.GetValueOrDefault(variables);
        }

        public void Keep(string variables, Known known)
        {
            lock (_lock)
            {
                if (_byVariables.Count >= VariableSetsKept && !_byVariables.ContainsKey(variables)) _byVariables.Clear();
                _byVariables[variables] = known;
            }
        }
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
