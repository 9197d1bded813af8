using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphApi.Schema.Execution;

/// <summary>How an answer's scalars are written, whichever executor made the answer.</summary>
public static class ResultJson
{
    /// <summary>
    /// Strings, numbers and booleans straight to the writer, with the calls System.Text.Json makes for them (numbers
    /// only when its options write them as numbers): it would otherwise look up a converter by the value's type for
    /// every scalar of the answer. Anything else (enums, dates, big integers) goes to <see cref="JsonSerializer"/>.
    /// </summary>
    public static void WriteScalar(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        var plainNumbers = options.NumberHandling == JsonNumberHandling.Strict;
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number when plainNumbers: writer.WriteNumberValue(number); break;
            case long number when plainNumbers: writer.WriteNumberValue(number); break;
            case double number when plainNumbers && double.IsFinite(number): writer.WriteNumberValue(number); break;
            case decimal number when plainNumbers: writer.WriteNumberValue(number); break;
            default: JsonSerializer.Serialize(writer, value, options); break;
        }
    }
}
