using GraphApi.Commands;

namespace GraphApi.Tests.Commands;

public class IngestCommandTests
{
    [Fact]
    public void Prints_the_count_of_every_label_and_relationship_type_and_every_warning()
    {
        var output = new StringWriter();

        var exit = Cli.Run(["ingest", "--seeds", RepoPaths.Seeds], output).ExitCode;

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Matches(@"│ node\s+│ Decision\s+│\s+59 │", text);
        Assert.Matches(@"│ relationship\s+│ FULFILLS\s+│\s+\d+ │", text);
        Assert.Contains("warning: 000_fdc1780f81fa2448.txt:50: amount '5,5 miljioen euro' cannot be read", text);
    }

    [Fact]
    public void Exits_with_1_when_a_document_could_not_be_read()
    {
        var seeds = Path.Combine(Path.GetTempPath(), "graphapi-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(seeds, "documents"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Seeds, "vocabulary")))
            File.Copy(file, Path.Combine(Directory.CreateDirectory(Path.Combine(seeds, "vocabulary")).FullName, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(seeds, "documents", "000_empty.txt"), "");
        var output = new StringWriter();

        var exit = Cli.Run(["ingest", "--seeds", seeds], output).ExitCode;

        Assert.Equal(1, exit);
        Assert.Contains("error: 000_empty.txt:1: expected text, but the file is empty", output.ToString());
        Directory.Delete(seeds, recursive: true);
    }

    [Fact]
    public void An_unknown_option_is_refused_by_name()
    {
        var result = Cli.Run(["ingest", "--seed", "x"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Unknown option 'seed'.", result.Message);
        Assert.Contains("'GraphApi COMMAND --help'", result.Error);
    }

    [Fact]
    public void A_seeds_folder_that_does_not_exist_is_refused_by_name()
    {
        var result = Cli.Run(["ingest", "--seeds", "/no/such/folder"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--seeds: folder '/no/such/folder' does not exist", result.Message);
    }
}
