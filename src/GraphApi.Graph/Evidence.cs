namespace GraphApi.Graph;

/// <summary>
/// Where a node, relationship or value was read: the document, the character offset in its text
/// (UTF-16 code units, as .NET strings index) and the exact words found there.
/// </summary>
public sealed record Evidence(string Document, int Offset, string Quote);
