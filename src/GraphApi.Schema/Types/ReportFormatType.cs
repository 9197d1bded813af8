using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class ReportFormatType : EnumerationGraphType<ReportFormat>
{
    public ReportFormatType()
    {
        Name = "ReportFormat";
    }
}
