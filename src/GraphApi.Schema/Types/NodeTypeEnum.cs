using GraphApi.Schema.Model;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>The node labels, to restrict a search to some of them.</summary>
public sealed class NodeTypeEnum : EnumerationGraphType
{
    public NodeTypeEnum()
    {
        Name = "NodeType";
        foreach (var label in Labels.All)
            Add(new EnumValueDefinition(System.Text.RegularExpressions.Regex.Replace(label.Label, "(?<=[a-z])([A-Z])", "_$1").ToUpperInvariant(), label.Label) { Description = label.Description });
    }
}
