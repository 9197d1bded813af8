using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL.Types;

namespace GraphApi.Schema.Execution;

/// <summary>
/// The data of an answer <see cref="PlannedExecution"/> made: each object an array of its fields' values in the plan's
/// order, each list an array of its items, each scalar as its graph type serialised it. Written as JSON by
/// System.Text.Json as GraphQL.NET writes its own execution nodes, byte for byte.
/// </summary>
[JsonConverter(typeof(Writer))]
internal sealed class PlannedData(ObjectPlan plan, object?[] values)
{
    private ObjectPlan Plan { get; } = plan;

    private object?[] Values { get; } = values;

    private sealed class Writer : JsonConverter<PlannedData>
    {
        public override PlannedData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Answers are written, never read.");

        public override void Write(Utf8JsonWriter writer, PlannedData value, JsonSerializerOptions options) =>
            WriteObject(writer, value.Plan, value.Values, options);

        private static void WriteObject(Utf8JsonWriter writer, ObjectPlan plan, object?[] values, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            for (var i = 0; i < plan.Fields.Length; i++)
            {
                var field = plan.Fields[i];
                if (options.PropertyNamingPolicy is { } naming) writer.WritePropertyName(naming.ConvertName(field.ResponseName));
                else writer.WritePropertyName(field.Name);
                Write(writer, field, field.Type, values[i], options);
            }
            writer.WriteEndObject();
        }

        private static void Write(Utf8JsonWriter writer, FieldPlan field, IGraphType type, object? value, JsonSerializerOptions options)
        {
            if (type is NonNullGraphType nonNull) type = nonNull.ResolvedType!;
            switch (value, type)
            {
                case (null, _):
                    writer.WriteNullValue();
                    break;
                case (object?[] items, ListGraphType list):
                    writer.WriteStartArray();
                    foreach (var item in items) Write(writer, field, list.ResolvedType!, item, options);
                    writer.WriteEndArray();
                    break;
                case (object?[] fields, IObjectGraphType):
                    WriteObject(writer, field.Selection!, fields, options);
                    break;
                case (PlannedObject planned, IAbstractGraphType):
                    WriteObject(writer, planned.Plan, planned.Values, options);
                    break;
                default:
                    ResultJson.WriteScalar(writer, value, options);
                    break;
            }
        }
    }
}
