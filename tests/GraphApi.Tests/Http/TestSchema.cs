using GraphApi.Http;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Http;

/// <summary>A tiny schema that exercises each behaviour of the endpoint.</summary>
public sealed class TestSchema : GraphQL.Types.Schema
{
    public TestSchema()
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
    }
}

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context =>
            {
                // Stands in for the store counting its calls.
                context.RequestServices!.GetRequiredService<GraphQLRequestExtensions>().Increment("helloCalls");
                return $"Hello, {context.GetArgument<string>("name")}!";
            });
        Field<StringGraphType>("slow").ResolveAsync(async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        });
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("boom"));
        Field<NodeType>("node").Resolve(_ => new object());
        Field<ListGraphType<NodeType>>("nodes").Resolve(_ => new[] { new object() });
    }
}

/// <summary>Refers to itself, so that a query can nest as deep as it likes.</summary>
public sealed class NodeType : ObjectGraphType
{
    public NodeType()
    {
        Name = "Node";
        Field<StringGraphType>("name").Resolve(_ => "node");
        Field<NodeType>("child").Resolve(_ => new object());
        Field<ListGraphType<NodeType>>("children").Resolve(_ => new[] { new object() });
    }
}

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<StringGraphType>("rename")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context => context.GetArgument<string>("name"));
    }
}
