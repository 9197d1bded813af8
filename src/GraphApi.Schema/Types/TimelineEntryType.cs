using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class TimelineEntryType : ObjectGraphType<TimelineEntry>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Description = "A decision, or the steps of one track (voorontwerp -> ontwerp -> bekrachtiging) as one line.";
        Field<StringGraphType>("date").Description("The first dated step's date; null when no step has one.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("dateText").Description($"The date, or '{JudgedStep.DateUnknown}'.").Resolve(c => c.Source.Date ?? JudgedStep.DateUnknown);
        Field<StringGraphType>("track").Description("The track's id; null for a decision on its own.").Resolve(c => c.Source.Track);
        Field<StringGraphType>("trackName").Resolve(c => c.Source.TrackName);
        Field("steps", Refs.ListOf(NodeLabel.Decision)).Description("The decisions, in track order.").Resolve(c => c.Source.Steps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContradictionType>>>>("against").Description("The steps that go against the clause or one of its promises, with the words that show it; empty when every step supports them.")
            .Resolve(c => c.Source.Against);
    }
}
