using System.Text;
using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Scorecard;
using GraphApi.Stores;
using GraphApi.Stores.Filters;

namespace GraphApi.Schema.Reports;

/// <summary>
/// The evaluation of a clause in the corpus' own format (document 001): a title, the clause, a
/// summary, a section per promise with <c>[n]</c> citations, the check of the evaluation the corpus
/// holds, and a <c>Referenties</c> list with each cited decision's Themis link and date. Every
/// sentence is made from the graph, read through the store, so it reads the same from either store:
/// a promise without evidence says so and nothing more. A step that goes against a promise is marked
/// so, with its words and its Themis link. Every <c>[n]</c> is the report's own number: the
/// evaluation's markers inside a quoted claim are rewritten to it, or left out when the evaluation
/// cites a decision the corpus does not have.
/// </summary>
public static partial class ClauseReport
{
    private static readonly EdgeQuery PromisesOf = new(RelationshipType.PartOf, Direction.Incoming, NodeLabel.Promise);
    private static readonly EdgeQuery AgreementOf = new(RelationshipType.PartOf, Direction.Outgoing, NodeLabel.Agreement);
    private static readonly EdgeQuery EvaluatedBy = new(RelationshipType.Evaluates, Direction.Incoming, NodeLabel.Evaluation);
    private static readonly EdgeQuery Continues = new(RelationshipType.Continues, Direction.Outgoing);

    /// <summary>The report of the clause with this number; null when there is no such clause.</summary>
    public static async Task<string?> MarkdownAsync(StoreLoader loader, string clauseNumber, CancellationToken ct)
    {
        var clause = (await loader.FindAsync(new NodeQuery(NodeLabel.Clause, new Comparison("number", Operator.Eq, clauseNumber), [], 1, null), ct)).Nodes.FirstOrDefault();
        return clause is null ? null : await MarkdownAsync(loader, clause, ct);
    }

    public static async Task<string> MarkdownAsync(StoreLoader loader, Node clause, CancellationToken ct)
    {
        var promises = (await loader.EdgesAsync([clause.Id], PromisesOf, ct)).GetValueOrDefault(clause.Id, [])
            .Select(e => e.Other).OrderBy(p => p.Get<long>("ordinal")).ToList();
        var promiseIds = promises.Select(p => p.Id).ToList();
        var clauseVerdict = (await Verdicts.ForClausesAsync(loader, [clause.Id], ct))[clause.Id];
        var verdicts = promiseIds.Count == 0 ? new Dictionary<string, Verdict>() : await Verdicts.ForPromisesAsync(loader, promiseIds, ct);
        var clauseBudget = (await BudgetRollUp.LoadAsync(loader, NodeLabel.Clause, [clause.Id], ct))[clause.Id];
        var budgets = promiseIds.Count == 0 ? new Dictionary<string, BudgetRollUp>() : await BudgetRollUp.LoadAsync(loader, NodeLabel.Promise, promiseIds, ct);
        var continued = promiseIds.Count == 0 ? new Dictionary<string, IReadOnlyList<Edge>>() : await loader.EdgesAsync(promiseIds, Continues, ct);
        var agreement = (await loader.EdgesAsync([clause.Id], AgreementOf, ct)).GetValueOrDefault(clause.Id, []).FirstOrDefault()?.Other;
        var evaluations = (await loader.EdgesAsync([clause.Id], EvaluatedBy, ct)).GetValueOrDefault(clause.Id, []).Select(e => e.Other.Id).ToHashSet();
        var checks = evaluations.Count == 0 ? [] : (await CitationChecks.LoadAsync(loader, ct)).Where(c => evaluations.Contains(c.Evaluation)).ToList();

        var number = clause.Get<string>("number");
        var references = new ReferenceList();
        var text = new StringBuilder();
        text.Append($"# Evaluatie van de uitvoering van het {agreement?.Get<string>("name") ?? "regeerakkoord"}: {number} {clause.Get<string>("title")}\n\n");
        text.Append("<details>\n        <summary>Regeerakkoord Sectie </summary>\n");
        text.Append($"        <p>{number} {clause.Get<string>("title")} {clause.Get<string>("text")} </p>\n        </details> \n\n");
        text.Append("Samenvatting\n\n");
        text.Append(Summary(number!, promises.Count, verdicts.Values.ToList(), clauseVerdict)).Append("\n\n");
        if (clauseBudget.Budgets.Count > 0) text.Append(BudgetSentence("De beslissingen die de sectie uitvoeren", clauseBudget)).Append("\n\n");

        foreach (var promise in promises)
        {
            var verdict = verdicts[promise.Id];
            text.Append($"## Belofte {promise.Get<long>("ordinal")}: {promise.Get<string>("text")}\n\n");
            // The steps are numbered first, so that the references run in their order.
            var steps = new StringBuilder();
            foreach (var step in verdict.Evidence)
                steps.Append($"- {DutchFormat.Date(step.Date)}: {step.Decision.Get<string>("title")} — {step.Rule.Dutch}, {(step.Rule.Step == Step.Final ? "definitieve stap" : "voorbereidende stap")}" +
                            $"{(step.Linked ? "" : ", latere stap van hetzelfde traject")}{(step.Leaning.Direct ? "" : ", onrechtstreeks")} {references.Cite(step.Decision)}.{Against(step)}{Amounts(step)}\n");
            text.Append($"**{Capitalised(FulfilmentRules.Dutch(verdict.Status))}** ({Enum(verdict.Status)}, regel `{verdict.Rule.Name}`): {StatusSentence(verdict, references)}\n\n");
            text.Append(steps);
            if (verdict.Evidence.Count > 0) text.Append('\n');
            if (budgets.GetValueOrDefault(promise.Id) is { Budgets.Count: > 0 } budget)
                text.Append(BudgetSentence("De beslissingen die deze belofte uitvoeren", budget)).Append("\n\n");
            var continuations = continued.GetValueOrDefault(promise.Id, []).OrderByDescending(e => Convert.ToDouble(e.Relationship.Properties["confidence"])).ToList();
            if (continuations.Count > 0)
                text.Append("Voortgezet in de beleidsnota 2024-2029: ")
                    .Append(DutchFormat.List(continuations.Select(e => $"{Target(e.Other)} (zekerheid {DutchFormat.Number((decimal)Math.Round(Convert.ToDouble(e.Relationship.Properties["confidence"]), 2))})").ToList()))
                    .Append(".\n\n");
        }

        var doubtful = checks.Where(c => c.Support != CitationSupport.Supported).ToList();
        if (checks.Count > 0)
        {
            text.Append("## Controle van de evaluatie in het corpus\n\n");
            text.Append($"Van de {checks.Count} verwijzingen in de evaluatie steunt de tekst van de aangehaalde beslissing er {checks.Count(c => c.Support == CitationSupport.Supported)} " +
                        $"(SUPPORTED), {checks.Count(c => c.Support == CitationSupport.Weak)} zwak (WEAK) en {checks.Count(c => c.Support == CitationSupport.Unsupported)} niet (UNSUPPORTED).\n\n");
            foreach (var check in doubtful)
                text.Append(check.Decision is null
                    ? $"- “{Requoted(check.Claim, checks, references)}”, gestaafd met beslissing {check.Number}: UNSUPPORTED, want er is geen beslissing {check.Number}.\n"
                    : $"- “{Requoted(check.Claim, checks, references)}”, gestaafd met beslissing {check.Number} {references.Cite(check.Decision)}: {check.Support}, {DutchFormat.Share(check.Overlap)} van het gewicht van de bewering staat in de tekst van die beslissing.\n");
            if (doubtful.Count > 0) text.Append('\n');
        }

        text.Append("<details>\n        <summary> Referenties</summary>\n");
        foreach (var (decision, i) in references.Decisions.Select((d, i) => (d, i)))
        {
            var uri = decision.Get<string>("themisUri");
            var marker = uri is null ? $"**\\[{i}\\]**" : $"**[\\[{i}\\]]({uri})**";
            text.Append($"{(i == 0 ? "        " : "")}{marker} : **({DutchFormat.Date(decision.Get<string>("date"))})** {decision.Get<string>("title")}{(uri is null ? " (geen Themis-link)" : "")} \n\n");
        }
        text.Append("        </details> \n");
        return text.ToString();
    }

    private static string Summary(string number, int promiseCount, IReadOnlyList<Verdict> promises, Verdict clause)
    {
        var counts = promises.GroupBy(v => v.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {FulfilmentRules.Dutch(g.Key)}").ToList();
        var whole = $"De sectie is daarmee {FulfilmentRules.Dutch(clause.Status)} ({Enum(clause.Status)}, regel `{clause.Rule.Name}`).";
        return promiseCount == 0
            ? $"Sectie {number} bevat geen afzonderlijke beloften. {whole}"
            : $"Van de {promiseCount} beloften van sectie {number} zijn er {DutchFormat.List(counts)}. {whole}";
    }

    private static string StatusSentence(Verdict verdict, ReferenceList references)
    {
        var linked = verdict.Evidence.Where(s => s.Linked).ToList();
        var steps = DutchFormat.List(linked.Select(s => s.Rule.Dutch).Distinct().ToList());
        string Cited(IEnumerable<JudgedStep> cited) => string.Concat(cited.Select(s => references.Cite(s.Decision)));
        var against = verdict.Evidence.Where(s => s.Leaning.Against).ToList();
        var forIt = verdict.Evidence.Where(s => !s.Leaning.Against).ToList();
        return verdict.Rule.Name switch
        {
            "noEvidence" => "geen enkele beslissing in het corpus voert deze belofte uit.",
            "brokenByFinalStep" => $"de definitieve stappen {Cited(verdict.Deciding)} gaan in tegen de belofte, en geen latere definitieve stap steunt ze opnieuw.",
            "supportAndContradiction" => $"{forIt.Count} van de {verdict.Evidence.Count} stappen steunen de belofte {Cited(forIt)}, {against.Count} gaan ertegen in {Cited(against)}.",
            "againstInPreparation" => $"alleen voorbereidende stappen, en die gaan in tegen de belofte {Cited(verdict.Deciding)}; er is nog niets definitief beslist.",
            "finalStep" => $"{verdict.Deciding.Count} van de {linked.Count} beslissingen die deze belofte uitvoeren, zetten een definitieve stap die haar rechtstreeks steunt {Cited(verdict.Deciding)} ({steps}).",
            "trackCompleted" => $"de beslissingen die deze belofte uitvoeren, zijn voorbereidend ({steps}), maar hun traject kreeg later een definitieve stap.",
            "onlyIndirectSupport" => $"de definitieve stappen {Cited(verdict.Deciding)} raken het onderwerp van de belofte, maar hun eigen woorden dragen niet wat ze belooft (onrechtstreekse steun).",
            _ => $"alleen voorbereidende stappen voeren deze belofte uit ({steps}).",
        };
    }

    /// <summary>A step that goes against the promise: marked so, with its words and its Themis link.</summary>
    private static string Against(JudgedStep step)
    {
        if (!step.Leaning.Against) return "";
        var uri = step.Decision.Get<string>("themisUri");
        return " **Gaat in tegen de belofte**" + (step.Leaning.Quote is { } quote ? $": “{quote.Quote}”" : "") +
               (uri is null ? "" : $" ([Themis]({uri}))") + ".";
    }

    /// <summary>A claim of the evaluation with its <c>[n]</c> markers rewritten to the report's numbers for those decisions, or left out when there is no decision n.</summary>
    private static string Requoted(string claim, IReadOnlyList<CitationCheck> checks, ReferenceList references)
    {
        var decisions = checks.Where(c => c.Decision is not null).GroupBy(c => c.Number).ToDictionary(g => g.Key, g => g.First().Decision!);
        var rewritten = EvaluationMarker().Replace(claim, m => decisions.TryGetValue(int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), out var d) ? references.Cite(d) : "");
        return Spaces().Replace(rewritten, " ").Trim();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\\?\[(?<n>\d+)\\?\]")]
    private static partial System.Text.RegularExpressions.Regex EvaluationMarker();

    [System.Text.RegularExpressions.GeneratedRegex(@" {2,}")]
    private static partial System.Text.RegularExpressions.Regex Spaces();

    private static string BudgetSentence(string who, BudgetRollUp budget)
    {
        var years = budget.ByYear.Where(y => y.Year is not null && y.Total > 0).Select(y => $"{DutchFormat.Euro(y.Total)} in {y.Year}").ToList();
        return $"{who}, voorzien samen {DutchFormat.Euro(budget.Total(null))}, elk bedrag één keer geteld" +
               (years.Count == 0 ? "." : $"; toe te wijzen aan één jaar: {DutchFormat.List(years)}.");
    }

    private static string Amounts(JudgedStep step) =>
        step.Budgets.Count == 0 ? "" : " Bedragen: " + DutchFormat.List(step.Budgets.Select(b =>
        {
            var years = ((System.Collections.IEnumerable?)b.Properties.GetValueOrDefault("years"))?.Cast<object>().Select(y => y.ToString()!).ToList() ?? [];
            return DutchFormat.Euro(Convert.ToDecimal(b.Properties["amount"], System.Globalization.CultureInfo.InvariantCulture)) + (years.Count == 0 ? "" : $" ({string.Join(", ", years)})");
        }).ToList()) + ".";

    private static string Target(Node node) => node.Label == NodeLabel.Objective
        ? $"{node.Get<string>("number")} {node.Get<string>("title")}"
        : $"indicator {node.Get<string>("name")}";

    private static string Enum(FulfilmentStatus status) => status switch
    {
        FulfilmentStatus.Kept => "KEPT",
        FulfilmentStatus.InProgress => "IN_PROGRESS",
        FulfilmentStatus.Partly => "PARTLY",
        FulfilmentStatus.Broken => "BROKEN",
        _ => "NO_EVIDENCE",
    };

    private static string Capitalised(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
