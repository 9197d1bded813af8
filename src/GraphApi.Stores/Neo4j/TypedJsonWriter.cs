using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Writes parameter values in Neo4j's typed JSON (<c>{"$type": "Integer", "_value": "1"}</c>). Plain JSON
/// would do for most values, but it cannot tell the Float 5.0 from the Integer 5 (System.Text.Json writes
/// both as <c>5</c>), so a property's type would depend on its value; typed JSON keeps it stable.
/// </summary>
public static class TypedJsonWriter
{
    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: Write(json, "Null", w => w.WriteNullValue()); break;
            case string s: Write(json, "String", w => w.WriteStringValue(s)); break;
            case bool b: Write(json, "Boolean", w => w.WriteBooleanValue(b)); break;
            case int or long or short or byte:
                Write(json, "Integer", w => w.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case double or float or decimal:
                Write(json, "Float", w => w.WriteStringValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                Write(json, "Map", w =>
                {
                    w.WriteStartObject();
                    foreach (var (key, item) in map)
                    {
                        w.WritePropertyName(key);
                        WriteValue(w, item);
                    }
                    w.WriteEndObject();
                });
                break;
            case IEnumerable items:
                Write(json, "List", w =>
                {
                    w.WriteStartArray();
                    foreach (var item in items) WriteValue(w, item);
                    w.WriteEndArray();
                });
                break;
            default: throw new NotSupportedException($"A parameter value of type {value.GetType().Name} cannot be sent to Neo4j.");
        }
    }

    private static void Write(Utf8JsonWriter json, string type, Action<Utf8JsonWriter> writeValue)
    {
        json.WriteStartObject();
        json.WriteString("$type", type);
        json.WritePropertyName("_value");
        writeValue(json);
        json.WriteEndObject();
    }
}
