using System.Globalization;

namespace GraphApi.Schema.Reports;

/// <summary>Numbers and dates as the corpus writes them: thousands dot, decimal comma, "datum onbekend".</summary>
public static class DutchFormat
{
    public const string DateUnknown = "datum onbekend";

    public static string Euro(decimal amount) => Number(amount) + " euro";

    public static string Number(decimal amount) =>
        amount.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    public static string Share(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + " %";

    public static string Date(string? date) => date ?? DateUnknown;

    /// <summary>"1 nagekomen", "a, b en c".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1];
}
