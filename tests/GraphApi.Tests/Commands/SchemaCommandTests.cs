using GraphApi.Commands;
using Snapshooter.Xunit;

namespace GraphApi.Tests.Commands;

public class SchemaCommandTests
{
    [Fact]
    public void The_exported_schema_file_is_the_schema_the_api_serves()
    {
        var file = File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "schema.graphql"));

        Assert.True(file == SchemaCommand.Sdl(), "schema/schema.graphql is out of date: run `dotnet run --project src/GraphApi -- schema --out schema/schema.graphql`");
    }

    [Fact]
    public void The_schema_is_pinned_as_a_snapshot()
    {
        Snapshot.Match(SchemaCommand.Sdl());
    }

    [Fact]
    public void Writes_the_schema_to_the_file_it_is_given()
    {
        var path = Path.Combine(Path.GetTempPath(), "schema-" + Guid.NewGuid().ToString("N") + ".graphql");

        Assert.Equal(0, Cli.Run(["schema", "--out", path]).ExitCode);

        Assert.Equal(SchemaCommand.Sdl(), File.ReadAllText(path));
        File.Delete(path);
    }
}
