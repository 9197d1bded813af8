using System.Globalization;
using GraphQL;

namespace GraphApi.Http;

/// <summary>Execution ran past <see cref="GraphQLHttpOptions.TimeoutSeconds"/> and was cancelled.</summary>
public sealed class QueryTimeoutError : ExecutionError
{
    public QueryTimeoutError(double seconds)
        : base($"the query took longer than {seconds.ToString(CultureInfo.InvariantCulture)} s and was cancelled")
    {
        Code = "TIMEOUT";
    }
}
