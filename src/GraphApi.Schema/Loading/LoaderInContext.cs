using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema.Loading;

/// <summary>
/// The request's <see cref="StoreLoader"/>, put into the execution's user context once, so that a resolver finds it
/// with one dictionary look-up: resolving a scoped service per field took a lock in the DI scope on every call
/// and was 7% of a simple query's CPU time.
/// </summary>
public sealed class LoaderInContext : IConfigureExecution
{
    private const string Key = nameof(StoreLoader);

    public float SortOrder => 0;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.RequestServices is { } services)
            options.UserContext[Key] = services.GetRequiredService<StoreLoader>();
        return next(options);
    }

    public static StoreLoader Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Key, out var loader) && loader is StoreLoader found ? found
            : throw new InvalidOperationException("No store loader in the execution's user context: execute with AddGraphApiExecution and RequestServices set.");
}

public static class ResolveFieldContextExtensions
{
    public static StoreLoader GetLoader(this IResolveFieldContext context) => LoaderInContext.Of(context);
}
