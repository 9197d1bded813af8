using System.Text.RegularExpressions;
using GraphApi.Graph;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Tells which step a decision takes from the words of its title and the opening of its body.
/// The most advanced step named wins, because a decision text recalls earlier steps ("na advies van
/// de Raad van State keurt de Vlaamse Regering definitief ...") but never later ones.
/// </summary>
public static partial class DecisionKindClassifier
{
    private static readonly (DecisionKind Kind, Regex Pattern)[] Rules =
    [
        (DecisionKind.Ratification, Ratification()),
        (DecisionKind.Draft, Draft()),
        (DecisionKind.PreliminaryDraft, PreliminaryDraft()),
        (DecisionKind.Call, Call()),
        (DecisionKind.ApprovalInPrinciple, ApprovalInPrinciple()),
        (DecisionKind.Acknowledgement, Acknowledgement()),
    ];

    /// <summary>The kind and the words that show it; Approval with no evidence when nothing more specific is said.</summary>
    public static (DecisionKind Kind, Match? Words) Classify(string title, string? body)
    {
        var opening = title + "   " + (body is null ? "" : body[..Math.Min(body.Length, 400)]);
        foreach (var (kind, pattern) in Rules)
        {
            var match = pattern.Match(opening);
            if (match.Success) return (kind, match);
        }
        return (DecisionKind.Approval, null);
    }

    public static string Name(DecisionKind kind) => kind switch
    {
        DecisionKind.Acknowledgement => "acknowledgement",
        DecisionKind.Call => "call",
        DecisionKind.ApprovalInPrinciple => "approvalInPrinciple",
        DecisionKind.PreliminaryDraft => "preliminaryDraft",
        DecisionKind.Draft => "draft",
        DecisionKind.Approval => "approval",
        DecisionKind.Ratification => "ratification",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [GeneratedRegex(@"\bBekrachtiging\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ratification();

    [GeneratedRegex(@"\b(?:Ontwerpdecreet|Ontwerpbesluit(?:en)?|ontwerp van (?:decreet|besluit))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Draft();

    [GeneratedRegex(@"\bVoorontwerp\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreliminaryDraft();

    [GeneratedRegex(@"\b(?:Oproep|Projectoproep(?:en)?|oproepen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Call();

    [GeneratedRegex(@"\bprincipiële goedkeuring\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovalInPrinciple();

    [GeneratedRegex(@"\bneemt (?:de Vlaamse Regering )?kennis\b", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledgement();
}
