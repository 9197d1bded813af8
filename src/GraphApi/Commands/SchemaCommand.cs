using GraphApi.Schema;
using GraphQL;

namespace GraphApi.Commands;

/// <summary><c>schema --out FILE</c>: writes the GraphQL schema as SDL, as the running API serves it.</summary>
public static class SchemaCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = new Arguments(args, "--out");
        var path = options.Required("--out");
        File.WriteAllText(path, Sdl());
        output.WriteLine($"wrote the schema to {path}");
        return 0;
    }

    public static string Sdl()
    {
        var schema = new GraphApiSchema();
        schema.Initialize();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
