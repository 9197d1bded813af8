namespace GraphApi.Commands;

/// <summary>The <c>--name value</c> options after a command, checked against the ones it accepts.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args, params string[] accepted)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!accepted.Contains(name))
                throw new CommandLineException($"unknown option '{name}'; expected one of {string.Join(", ", accepted)}");
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new CommandLineException($"option '{name}' needs a value");
            _options[name] = args[++i];
        }
    }

    public string? this[string name] => _options.GetValueOrDefault(name);

    public string Required(string name) => _options.GetValueOrDefault(name) ?? throw new CommandLineException($"option '{name}' is required");
}
