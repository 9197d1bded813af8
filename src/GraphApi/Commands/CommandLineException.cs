namespace GraphApi.Commands;

/// <summary>A command line that cannot be carried out; its message says which argument and why.</summary>
public sealed class CommandLineException(string message) : Exception(message)
{
    public static CommandLineException Missing(string option) => new($"option '{option}' is required");
}
