using GraphApi.Corpus.Linking;

namespace GraphApi.Corpus.Tests.Linking;

public class TrackFinderTests
{
    private static readonly IReadOnlyDictionary<int, DateOnly?> Dates = new Dictionary<int, DateOnly?>
    {
        [11] = new DateOnly(2023, 6, 23), [12] = new DateOnly(2022, 12, 23), [15] = new DateOnly(2023, 4, 21), [18] = new DateOnly(2023, 2, 17),
    };

    private static IReadOnlyList<Track> Tracks() => TrackFinder.Find(Corpus.ReadRequest().Decisions, Dates);

    [Fact]
    public void Puts_the_steps_of_the_e_government_decree_in_order_from_voorontwerp_to_bekrachtiging()
    {
        var track = Assert.Single(Tracks(), t => t.Name.StartsWith("decreet tot wijziging van het decreet van 18 juli 2008"));

        Assert.Equal([12, 18, 15, 11], track.Steps.Select(s => s.SourceIndex));
    }

    [Fact]
    public void Orders_two_voorontwerpen_of_one_decree_by_their_dates()
    {
        var reversed = new Dictionary<int, DateOnly?>(Dates) { [12] = new DateOnly(2023, 3, 1) };

        var track = Assert.Single(TrackFinder.Find(Corpus.ReadRequest().Decisions, reversed), t => t.Name.StartsWith("decreet tot wijziging van het decreet van 18 juli 2008"));

        Assert.Equal([18, 12, 15, 11], track.Steps.Select(s => s.SourceIndex));
    }

    [Fact]
    public void Links_the_yearly_programme_decisions_in_year_order_whether_the_year_is_in_title_or_body()
    {
        var tracks = Tracks();

        Assert.Equal([0, 1, 2], Assert.Single(tracks, t => t.Name.EndsWith("uitvoeringsjaar")).Steps.Select(s => s.SourceIndex));
        Assert.Equal([6, 5, 3], Assert.Single(tracks, t => t.Name.EndsWith("exploitatiebudget begrotingsjaar")).Steps.Select(s => s.SourceIndex));
    }

    [Fact]
    public void Finds_the_orders_and_decree_of_the_ict_reorganisation_as_separate_tracks()
    {
        var tracks = Tracks();

        Assert.Equal([16, 22, 21], Assert.Single(tracks, t => t.Name.StartsWith("besluit tot wijziging van diverse besluiten")).Steps.Select(s => s.SourceIndex));
        Assert.Equal([31, 44], Assert.Single(tracks, t => t.Name.StartsWith("decreet tot wijziging van diverse decreten")).Steps.Select(s => s.SourceIndex));
        Assert.Equal(5, tracks.Count);
    }

    [Fact]
    public void Each_step_points_at_the_words_that_tie_it_to_its_track()
    {
        var request = Corpus.ReadRequest();

        foreach (var step in Tracks().SelectMany(t => t.Steps))
        {
            var words = Corpus.Request.Text.Substring(step.Offset, step.Length);
            Assert.Contains(words, request.Decisions[step.SourceIndex].FullText);
        }
    }
}
