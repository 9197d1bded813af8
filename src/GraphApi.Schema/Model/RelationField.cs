using GraphApi.Stores;

namespace GraphApi.Schema.Model;

/// <summary>
/// A GraphQL field that follows relationships of <see cref="Type"/> in <see cref="Direction"/> to
/// nodes labelled <see cref="OtherLabel"/> (any node when null): a list when <see cref="Many"/>,
/// else the first one or null.
/// </summary>
public sealed record RelationField(string Name, string Type, Direction Direction, string? OtherLabel, bool Many, string Description);
