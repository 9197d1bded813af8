using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Readers;

public class CuratedLinkReaderTests
{
    [Fact]
    public void Reads_additions_and_rejections_with_their_lines()
    {
        const string yaml = """
            # reviewed links
            - decision: decision:000-58
              promise: promise:3.2.3-08
              action: add
              quote: Mijn Burgerprofiel
              note: the decision invests in the Burgerprofiel the promise names
            - decision: decision:000-13
              promise: promise:3.2.3-13
              action: reject
            """;

        var links = CuratedLinkReader.Read("curated.yaml", yaml, new Diagnostics());

        Assert.Equal(2, links.Count);
        Assert.Equal(new CuratedLink(2, "decision:000-58", "promise:3.2.3-08", true, "Mijn Burgerprofiel", "the decision invests in the Burgerprofiel the promise names"), links[0]);
        Assert.Equal(7, links[1].Line);
        Assert.False(links[1].Add);
    }

    [Fact]
    public void A_bad_entry_is_reported_with_its_line_and_the_others_still_read()
    {
        const string yaml = """
            - decision: decision:000-58
              promise: promise:3.2.3-08
              action: maybe
            - decision: decision:000-01
              promise: promise:3.2.3-02
              action: add
            - decision: decision:000-02
              promise: promise:3.2.3-02
              action: add
              quote: uitvoeringsjaar 2023
            """;
        var diagnostics = new Diagnostics();

        var links = CuratedLinkReader.Read("curated.yaml", yaml, diagnostics);

        Assert.Equal("decision:000-02", Assert.Single(links).Decision);
        Assert.Equal([(1, "expected action 'add' or 'reject', found 'maybe'"), (4, "an added link needs a 'quote': the decision's words that justify it")],
            diagnostics.All.Select(d => (d.Line, d.Message)));
    }

    [Fact]
    public void A_curated_stance_is_read_with_its_reason()
    {
        const string yaml = """
            - decision: decision:000-41
              promise: promise:3.2.3-03
              action: add
              quote: Bedoeling is het Facilitair Bedrijf naar een ICT-regieorganisatie te doen evolueren
              stance: supports
              reason: it moves ICT towards the Facilitair Bedrijf
            """;

        var link = Assert.Single(CuratedLinkReader.Read("curated.yaml", yaml, new Diagnostics()));

        Assert.Equal(FulfilStance.Supports, link.Stance);
        Assert.Equal("it moves ICT towards the Facilitair Bedrijf", link.Reason);
    }

    [Fact]
    public void A_curated_stance_without_a_reason_is_an_error_naming_file_and_line_and_the_other_links_still_load()
    {
        const string yaml = """
            - decision: decision:000-16
              promise: promise:3.2.3-03
              action: add
              quote: overgedragen van het Facilitair Bedrijf
              stance: contradicts
            - decision: decision:000-22
              promise: promise:3.2.3-03
              action: add
              quote: overgedragen van het Facilitair Bedrijf
              stance: against
              reason: moves tasks away
            - decision: decision:000-41
              promise: promise:3.2.3-03
              action: add
              quote: ICT-regieorganisatie
            """;
        var diagnostics = new Diagnostics();

        var links = CuratedLinkReader.Read("curated.yaml", yaml, diagnostics);

        Assert.Equal("decision:000-41", Assert.Single(links).Decision);
        Assert.All(diagnostics.All, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal([("curated.yaml", 1, "expected a 'reason' with the stance 'contradicts' of decision:000-16 -> promise:3.2.3-03: why the decision points that way; this link is not loaded"),
                      ("curated.yaml", 6, "expected stance 'supports' or 'contradicts', found 'against'; this link is not loaded")],
            diagnostics.All.Select(d => (d.File, d.Line, d.Message)));
    }

    [Fact]
    public void Malformed_yaml_is_an_error_naming_file_and_line()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CuratedLinkReader.Read("curated.yaml", "- decision: a\n  promise: [b\n", new Diagnostics()));

        Assert.Equal("curated.yaml", error.File);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void An_empty_file_has_no_links()
    {
        Assert.Empty(CuratedLinkReader.Read("curated.yaml", "# nothing reviewed yet\n", new Diagnostics()));
    }
}
