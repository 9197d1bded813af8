using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Reads one Dutch money expression — <c>5,79 miljoen euro</c>, <c>111.000 euro</c>, <c>2,4M euro</c>,
/// <c>1760K euro</c>, <c>€232.521.477</c>, <c>€3,5 miljard</c> — to an exact amount: a decimal comma,
/// thousands dots (or spaces) in groups of three, and an optional scale word. Anything that does not
/// follow those rules exactly is unreadable, because a misread separator changes an amount a
/// thousandfold and a wrong number is worse than none.
/// </summary>
public static partial class EuroAmountParser
{
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["K"] = 1_000m, ["k"] = 1_000m,
        ["M"] = 1_000_000m, ["miljoen"] = 1_000_000m,
        ["miljard"] = 1_000_000_000m,
    };

    public static EuroAmount Parse(string expression)
    {
        var rest = expression.Trim();
        var sign = rest.StartsWith('€');
        if (sign) rest = rest[1..].TrimStart();
        var unit = TrailingEuro().Match(rest);
        if (unit.Success) rest = rest[..unit.Index].TrimEnd();
        if (!sign && !unit.Success)
            return EuroAmount.Unreadable(expression, "no currency: expected '€' before or 'euro' after the number");
        if (!rest.Any(char.IsDigit))
            return EuroAmount.Unreadable(expression, "no number written in digits");

        var parts = NumberAndScale().Match(rest);
        if (!parts.Success)
            return EuroAmount.Unreadable(expression, "expected a number, an optional scale word (K, M, miljoen, miljard) and the currency");
        var scale = 1m;
        if (parts.Groups["scale"].Success && !Scales.TryGetValue(ScaleKey(parts.Groups["scale"].Value), out scale))
            return EuroAmount.Unreadable(expression, $"unknown scale word '{parts.Groups["scale"].Value}'");

        var (number, problem) = ReadNumber(parts.Groups["number"].Value);
        if (number is null) return EuroAmount.Unreadable(expression, problem!);
        var euros = number.Value * scale;
        // Amounts are booked in cents; a finer amount means the separators were not what they seemed.
        if (decimal.Round(euros, 2) != euros)
            return EuroAmount.Unreadable(expression, "more precise than a cent, so the separators are not a Dutch amount");
        return EuroAmount.Read(expression, euros);
    }

    /// <summary>Scale words are case-sensitive only where case carries meaning: K, k and M.</summary>
    private static string ScaleKey(string word) => word.Length == 1 ? word : word.ToLowerInvariant();

    private static (decimal? Number, string? Problem) ReadNumber(string digits)
    {
        if (SpaceGrouped().IsMatch(digits))
        {
            if (!ThreeDigitSpaceGroups().IsMatch(digits))
                return (null, "digits separated by spaces must form groups of three");
            digits = SpaceGrouped().Replace(digits, "");
        }
        var commas = digits.Count(c => c == ',');
        if (commas > 1) return (null, "more than one decimal comma");
        var whole = commas == 1 ? digits[..digits.IndexOf(',')] : digits;
        var fraction = commas == 1 ? digits[(digits.IndexOf(',') + 1)..] : "";
        if (commas == 1 && (whole.Length == 0 || fraction.Length == 0))
            return (null, "a decimal comma needs digits on both sides");
        if (fraction.Contains('.')) return (null, "a thousands dot after the decimal comma");
        if (whole.Contains('.') && !ThousandsDots().IsMatch(whole))
            return (null, "thousands dots must separate groups of three digits");
        var invariant = whole.Replace(".", "") + (fraction.Length > 0 ? "." + fraction : "");
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (null, "too large to be an amount");
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])euro\z")]
    private static partial Regex TrailingEuro();

    [GeneratedRegex(@"\A(?<number>[\d.,]+(?:[ \u00A0\u202F][\d.,]+)*)(?:\s*(?<scale>\p{L}+))?\z")]
    private static partial Regex NumberAndScale();

    [GeneratedRegex(@"[ \u00A0\u202F]")]
    private static partial Regex SpaceGrouped();

    [GeneratedRegex(@"\A\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?\z")]
    private static partial Regex ThreeDigitSpaceGroups();

    [GeneratedRegex(@"\A\d{1,3}(?:\.\d{3})+\z")]
    private static partial Regex ThousandsDots();
}
