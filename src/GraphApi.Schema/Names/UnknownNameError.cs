using GraphQL;

namespace GraphApi.Schema.Names;

/// <summary>
/// A value that names nothing in the graph: an agency or programme argument, or a node id. The message names the
/// argument and the value and suggests the closest names; <c>extensions.code</c> says what kind of name it was.
/// </summary>
public sealed class UnknownNameError : ExecutionError
{
    /// <param name="matchesNothing">What the value fails to be, e.g. "names no agency (by id, name or alias)".</param>
    public UnknownNameError(string code, string argument, string value, string matchesNothing, IReadOnlyList<string> suggestions)
        : base($"{argument}: \"{value}\" {matchesNothing}; "
               + (suggestions.Count == 0 ? "nothing has a similar name or id" : "did you mean " + string.Join(" or ", suggestions.Select(s => $"\"{s}\"")) + "?"))
    {
        Code = code;
    }
}
