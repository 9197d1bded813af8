using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Vocabulary;

/// <summary>The curated files in seeds/vocabulary, checked against the corpus in seeds/documents.</summary>
public sealed partial class VocabularyFilesTests
{
    private static readonly Lazy<TermList> Vocabulary = new(() => TermList.Load(RepoPaths.Vocabulary));

    private static readonly Lazy<TermMatcher> Matcher = new(() => new TermMatcher(Vocabulary.Value.Terms));

    private static readonly Lazy<IReadOnlyList<SourceDocument>> Documents = new(() =>
        Directory.GetFiles(RepoPaths.Documents, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.Load).ToList());

    /// <summary>Every mention in the corpus: the term and the text it matched, white space normalised.</summary>
    private static readonly Lazy<ILookup<string, string>> MatchedForms = new(() =>
        Documents.Value
            .SelectMany(d => Matcher.Value.Find(d.Text).Select(m => (m.Term.Id, Text: Normalise(d.Text.Substring(m.Offset, m.Length)))))
            .ToLookup(m => m.Id, m => m.Text));

    [Fact]
    public void The_three_files_load_with_their_labels_and_id_prefixes()
    {
        var terms = Vocabulary.Value.Terms;

        Assert.Contains(terms, t => t.Label == NodeLabel.Agency);
        Assert.Contains(terms, t => t.Label == NodeLabel.Programme);
        Assert.Contains(terms, t => t.Label == NodeLabel.BuildingBlock);
        Assert.All(terms, t => Assert.StartsWith(TermList.Files.Values.Single(f => f.Label == t.Label).IdPrefix + ":", t.Id));
    }

    [Fact]
    public void A_matcher_builds_from_all_terms_because_no_two_terms_share_a_surface_form()
    {
        var matcher = new TermMatcher(Vocabulary.Value.Terms);

        Assert.NotNull(matcher);
    }

    [Fact]
    public void Every_alias_is_found_in_the_corpus_as_a_mention_of_its_own_term()
    {
        var missing = Vocabulary.Value.Terms
            .SelectMany(t => t.Aliases.Where(a => !IsFound(t, a)).Select(a => $"{t.Id}: '{a}'"))
            .ToList();

        Assert.True(missing.Count == 0, "Aliases the documents never say (or that another term's form swallows):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_term_is_found_in_the_corpus_by_its_name_or_an_alias()
    {
        var missing = Vocabulary.Value.Terms
            .Where(t => !t.Aliases.Prepend(t.Name).Any(f => IsFound(t, f)))
            .Select(t => $"{t.Id}: '{t.Name}'")
            .ToList();

        Assert.True(missing.Count == 0, "Terms the documents never name:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_parent_names_an_existing_programme()
    {
        var programmes = Vocabulary.Value.Terms.Where(t => t.Label == NodeLabel.Programme).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        var orphans = Vocabulary.Value.Terms.Where(t => t.Parent is not null && !programmes.Contains(t.Parent)).Select(t => $"{t.Id}: '{t.Parent}'").ToList();

        Assert.Empty(orphans);
    }

    [Fact]
    public void Codes_are_unique_and_written_as_VV_and_three_digits()
    {
        var codes = Vocabulary.Value.Terms.Where(t => t.Code is not null).Select(t => t.Code!).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Matches(ProjectCode(), c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_coded_project_has_its_code_as_id()
    {
        Assert.Equal("programme:vv057", Vocabulary.Value.ByCode("VV057")?.Id);
    }

    [Theory]
    [InlineData("agentschap Digitaal Vlaanderen", "agency:digitaal-vlaanderen")]
    [InlineData("het Facilitair Bedrijf", "agency:facilitair-bedrijf")]
    [InlineData("de MAGDA documentendienst", "building-block:magda-documentendienst")]
    [InlineData("VRD 2-programma", "programme:vlaanderen-radicaal-digitaal-2")]
    [InlineData("Stuurorgaan Vlaams Informatie -   en ICT - beleid", "agency:stuurorgaan-vlaams-informatie-en-ict-beleid")]
    [InlineData("departement Financién en Begroting", "agency:departement-financien-en-begroting")]
    [InlineData("Vlaanderen Radicaal\nDigitaal 2 programma", "programme:vlaanderen-radicaal-digitaal-2")]
    [InlineData("KRAB", "building-block:krab")]
    public void The_matcher_finds_the_one_term_a_phrase_names(string text, string id)
    {
        var mention = Assert.Single(Matcher.Value.Find(text));

        Assert.Equal(id, mention.Term.Id);
    }

    [Fact]
    public void The_matcher_finds_the_documentendienst_and_not_MAGDA_in_de_MAGDA_documentendienst()
    {
        var mentions = Matcher.Value.Find("de MAGDA documentendienst");

        Assert.DoesNotContain(mentions, m => m.Term.Id == "building-block:magda");
    }

    [Theory]
    [InlineData("een krab op het strand")]
    [InlineData("de VIP-begeleiding van strategische vergunningsdossiers")]
    [InlineData("het lokaal digitaal inclusiebeleid")]
    public void The_matcher_does_not_take_ordinary_words_for_terms(string text)
    {
        Assert.Empty(Matcher.Value.Find(text));
    }

    private static bool IsFound(Term term, string form)
    {
        var wanted = Normalise(TermList.WithoutArticle(form));
        var comparison = IsAcronym(wanted) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return MatchedForms.Value[term.Id].Any(text => string.Equals(text, wanted, comparison));
    }

    // As TermMatcher: a form with letters, none of them lower case, matches only as written.
    private static bool IsAcronym(string form) => form.Any(char.IsLetter) && !form.Any(char.IsLower);

    private static string Normalise(string text) => WhiteSpace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^VV\d{3}$")]
    private static partial Regex ProjectCode();
}
