using GraphApi.Bench.Generator;

namespace GraphApi.Bench.Tests;

public class GeneratorOptionsTests
{
    private static GeneratorException Refusal(params string[] args) =>
        Assert.Throws<GeneratorException>(() => GeneratorOptions.Parse(args, TempFolder.Seeds()));

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1001")]
    public void A_scale_outside_one_to_a_thousand_is_refused_naming_the_value(string scale)
    {
        var error = Refusal("--scale", scale, "--out", "/tmp/unused-bench-corpus");

        Assert.Contains($"--scale {scale} is impossible", error.Message);
        Assert.Contains("from 1", error.Message);
    }

    [Fact]
    public void A_scale_that_is_not_a_whole_number_is_refused()
    {
        var error = Refusal("--scale", "2.5", "--out", "/tmp/unused-bench-corpus");

        Assert.Equal("--scale '2.5' is not a whole number.", error.Message);
    }

    [Fact]
    public void A_missing_output_folder_and_an_unknown_argument_are_refused_with_the_usage()
    {
        Assert.StartsWith("--out is required.", Refusal("--scale", "2").Message);
        Assert.StartsWith("unknown argument '--size'", Refusal("--size", "2").Message);
        Assert.StartsWith("--seed needs a value.", Refusal("--scale", "2", "--seed").Message);
    }

    [Fact]
    public void An_output_folder_with_files_in_it_is_refused_so_that_nothing_is_overwritten()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Path);
        File.WriteAllText(temp.Sub("keep.txt"), "mine");

        var error = Refusal("--scale", "2", "--out", temp.Path);

        Assert.Contains($"--out '{temp.Path}' exists and is not empty", error.Message);
        Assert.Equal("mine", File.ReadAllText(temp.Sub("keep.txt")));
    }

    [Fact]
    public void A_seeds_folder_without_documents_is_refused()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Path);

        var error = Assert.Throws<GeneratorException>(() => GeneratorOptions.Parse(["--scale", "2", "--out", temp.Sub("out"), "--seeds", temp.Path], TempFolder.Seeds()));

        Assert.Contains($"--seeds '{temp.Path}' has no 'documents' folder", error.Message);
    }
}
