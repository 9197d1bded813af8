using GraphApi.Commands;

namespace GraphApi.Tests.Commands;

public class IngestCommandTests
{
    [Fact]
    public void Prints_the_count_of_every_label_and_relationship_type_and_every_warning()
    {
        var output = new StringWriter();

        var exit = IngestCommand.Run(["--seeds", RepoPaths.Seeds], output);

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

        var exit = IngestCommand.Run(["--seeds", seeds], output);

        Assert.Equal(1, exit);
        Assert.Contains("error: 000_empty.txt:1: expected text, but the file is empty", output.ToString());
        Directory.Delete(seeds, recursive: true);
    }

    [Fact]
    public void An_unknown_option_is_refused_by_name()
    {
        var error = Assert.Throws<CommandLineException>(() => IngestCommand.Run(["--seed", "x"], new StringWriter()));

        Assert.Equal("unknown option '--seed'; expected one of --seeds", error.Message);
    }

    [Fact]
    public void A_seeds_folder_that_does_not_exist_is_refused_by_name()
    {
        var error = Assert.Throws<CommandLineException>(() => IngestCommand.Run(["--seeds", "/no/such/folder"], new StringWriter()));

        Assert.Equal("--seeds: folder '/no/such/folder' does not exist", error.Message);
    }
}
