using System.ComponentModel;
using GraphApi.Schema;
using GraphQL;
using Spectre.Console.Cli;

namespace GraphApi.Commands;

/// <summary><c>schema --out FILE</c>: writes the GraphQL schema as SDL, as the running API serves it.</summary>
public static class SchemaCommand
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Where to write the SDL (required)")]
        public string? Out { get; init; }
    }

    public static int Run(Settings settings, TextWriter output)
    {
        var path = settings.Out ?? throw CommandLineException.Missing("--out");
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
