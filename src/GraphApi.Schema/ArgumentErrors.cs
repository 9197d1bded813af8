using GraphQL;

namespace GraphApi.Schema;

/// <summary>
/// Field errors for bad argument values: the message names the argument and the value, and
/// <c>extensions.code</c> says what kind of mistake it is, for clients that branch on it.
/// </summary>
public static class ArgumentErrors
{
    public const string OutOfRangeCode = "ARGUMENT_OUT_OF_RANGE";
    public const string InvalidCursorCode = "INVALID_CURSOR";
    public const string InvalidCode = "INVALID_ARGUMENT";

    public static ExecutionError OutOfRange(string argument, object value, string hint) =>
        new($"{argument}: {value} is out of range; {hint}") { Code = OutOfRangeCode };

    public static ExecutionError Cursor(string argument, string cursor, string reason) =>
        new($"{argument}: cursor '{cursor}' is not valid here: {reason}") { Code = InvalidCursorCode };

    public static ExecutionError Invalid(string argument, string message) =>
        new(message.StartsWith(argument + ":", StringComparison.Ordinal) ? message : $"{argument}: {message}") { Code = InvalidCode };
}
