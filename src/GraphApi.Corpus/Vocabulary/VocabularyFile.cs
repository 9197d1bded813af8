using YamlDotNet.Serialization;

namespace GraphApi.Corpus.Vocabulary;

/// <summary>The YAML shape of one entry in <c>seeds/vocabulary/*.yaml</c>.</summary>
public sealed class VocabularyFileEntry
{
    [YamlMember(Alias = "id")] public string? Id { get; set; }
    [YamlMember(Alias = "name")] public string? Name { get; set; }
    [YamlMember(Alias = "type")] public string? Type { get; set; }
    [YamlMember(Alias = "code")] public string? Code { get; set; }
    [YamlMember(Alias = "parent")] public string? Parent { get; set; }
    [YamlMember(Alias = "aliases")] public List<string>? Aliases { get; set; }
}
