using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphApi.Schema.Execution;

/// <summary>
/// What a resolver sees of its field when <see cref="PlannedExecution"/> runs it: the same values GraphQL.NET's own
/// context gives, read from the plan and the execution. A resolver that asks for its parent's context or its path
/// (which only an error needs) is left to GraphQL.NET: the plan does not keep them.
/// </summary>
internal sealed class PlannedFieldContext(ExecutionContext execution, ExecutionErrors errors) : IResolveFieldContext<object?>
{
    private ObjectPlan _parent = null!;
    private FieldPlan _field = null!;

    public PlannedFieldContext For(ObjectPlan parent, FieldPlan field, object? source)
    {
        (_parent, _field, Source) = (parent, field, source);
        return this;
    }

    public object? Source { get; private set; }

    public GraphQLField FieldAst => _field.Field;

    public FieldType FieldDefinition => _field.Definition;

    public IObjectGraphType ParentType => _parent.Type;

    public IResolveFieldContext? Parent => throw new NotPlannedException("a resolver asked for its parent's context");

    public IDictionary<string, ArgumentValue>? Arguments => execution.GetArguments(_field.Definition, _field.Field);

    public IDictionary<string, DirectiveInfo>? Directives => execution.GetDirectives(_field.Field);

    public object? RootValue => execution.RootValue;

    public ISchema Schema => execution.Schema;

    public GraphQLDocument Document => execution.Document;

    public GraphQLOperationDefinition Operation => execution.Operation;

    public Variables Variables => execution.Variables;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public Metrics Metrics => execution.Metrics;

    /// <summary>The run's own errors: any at all sends the request to GraphQL.NET, which reports them with their paths.</summary>
    public ExecutionErrors Errors => errors;

    public IEnumerable<object> Path => throw new NotPlannedException("a resolver asked for its path");

    public IEnumerable<object> ResponsePath => throw new NotPlannedException("a resolver asked for its path");

    // A field of an interface selects per object type, which is known only once the resolver has answered.
    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields =>
        _field.Selections is null ? _field.Selection?.SubFields : throw new NotPlannedException("the resolver of an interface field asked for its fields");

    public IDictionary<string, object?> UserContext => execution.UserContext;

    public IReadOnlyDictionary<string, object?> InputExtensions => execution.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => execution.OutputExtensions;

    public IServiceProvider? RequestServices => execution.RequestServices;

    public IExecutionArrayPool ArrayPool => execution;

    public ClaimsPrincipal? User => execution.User;

    public IExecutionContext ExecutionContext => execution;
}

/// <summary>Thrown where a plan cannot answer as GraphQL.NET would; the request is then executed by GraphQL.NET.</summary>
internal sealed class NotPlannedException(string reason) : Exception(reason);
