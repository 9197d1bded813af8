namespace GraphApi.Corpus.Linking;

/// <summary>
/// The successive steps of one decree, one order (besluit) or one yearly programme, in order.
/// </summary>
/// <param name="Id">Readable and stable, e.g. <c>track:decreet-tot-wijziging-van-het-decreet-van-18-juli-2008</c>.</param>
/// <param name="Name">What the steps are steps of, in the documents' words.</param>
/// <param name="Steps">Decision source indices, first step first, each with the words that tie it to the track.</param>
public sealed record Track(string Id, string Name, IReadOnlyList<TrackStep> Steps);

public sealed record TrackStep(int SourceIndex, int Offset, int Length);
