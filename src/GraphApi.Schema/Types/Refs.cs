using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>References by name to types defined elsewhere in the schema, so that types can refer to each other both ways.</summary>
public static class Refs
{
    public static IGraphType Named(string name) => new GraphQLTypeReference(name);

    public static IGraphType NonNull(string name) => new NonNullGraphType(Named(name));

    public static IGraphType ListOf(string name) => new NonNullGraphType(new ListGraphType(new NonNullGraphType(Named(name))));
}
