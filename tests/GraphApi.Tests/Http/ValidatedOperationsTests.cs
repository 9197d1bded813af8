using GraphApi.Http;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Tests.Http;

public sealed class ValidatedOperationsTests(GraphQLAppFixture app) : IClassFixture<GraphQLAppFixture>
{
    private static readonly TestSchema Schema = Initialized();

    [Fact]
    public async Task An_operation_without_variables_is_validated_once_and_answered_from_memory_after()
    {
        var (validator, counted) = Validators();
        var document = Parse("{ a: hello(name: \"x\") b: hello(name: \"y\") }");

        var first = await validator.ValidateAsync(Options(document));
        var second = await validator.ValidateAsync(Options(document));

        Assert.Equal(1, counted.Calls);
        Assert.True(second.IsValid);
        Assert.Equal(
            first.ArgumentValues!.Values.Select(a => a["name"].Value).Order(),
            second.ArgumentValues!.Values.Select(a => a["name"].Value).Order());
    }

    [Fact]
    public async Task Each_request_gets_its_own_argument_dictionaries_since_execution_adds_to_them()
    {
        var (validator, _) = Validators();
        var document = Parse("{ hello(name: \"x\") }");

        await validator.ValidateAsync(Options(document));
        var one = await validator.ValidateAsync(Options(document));
        var two = await validator.ValidateAsync(Options(document));

        Assert.NotSame(one.ArgumentValues, two.ArgumentValues);
        Assert.Equal(one.ArgumentValues!.Keys, two.ArgumentValues!.Keys);
    }

    [Fact]
    public async Task An_operation_with_variables_is_validated_once_per_set_of_variables_whatever_their_key_order()
    {
        var (validator, counted) = Validators();
        var document = Parse("query($name: String!, $skip: Boolean!) { hello(name: $name) @skip(if: $skip) }");

        var one = await validator.ValidateAsync(Options(document, variables: Variables(("name", "one"), ("skip", false))));
        var oneAgain = await validator.ValidateAsync(Options(document, variables: Variables(("skip", false), ("name", "one"))));
        var two = await validator.ValidateAsync(Options(document, variables: Variables(("name", "two"), ("skip", false))));

        Assert.Equal(2, counted.Calls);
        Assert.Equal("one", NameOf(one));
        Assert.Equal("one", NameOf(oneAgain));
        Assert.Equal("two", NameOf(two));
    }

    [Fact]
    public async Task Missing_variables_are_refused_every_time()
    {
        var (validator, counted) = Validators();
        var document = Parse("query($name: String!) { hello(name: $name) }");

        await validator.ValidateAsync(Options(document, variables: Variables(("name", "one"))));
        var missing = await validator.ValidateAsync(Options(document));
        var missingAgain = await validator.ValidateAsync(Options(document));

        Assert.Equal(3, counted.Calls);
        Assert.False(missing.IsValid);
        Assert.False(missingAgain.IsValid);
    }

    [Fact]
    public async Task Past_its_bound_an_operation_forgets_the_variables_it_kept()
    {
        var (validator, counted) = Validators();
        var document = Parse("query($name: String!) { hello(name: $name) }");

        for (var i = 0; i <= ValidatedOperations.VariableSetsKept; i++)
            await validator.ValidateAsync(Options(document, variables: Variables(("name", $"n{i}"))));
        await validator.ValidateAsync(Options(document, variables: Variables(("name", "n0"))));
        await validator.ValidateAsync(Options(document, variables: Variables(("name", $"n{ValidatedOperations.VariableSetsKept}"))));

        Assert.Equal(ValidatedOperations.VariableSetsKept + 2, counted.Calls);
    }

    [Fact]
    public async Task Requests_alternating_variables_each_get_their_own_answer()
    {
        var client = app.Client();
        const string query = "query($name: String!) { hello(name: $name) }";

        foreach (var name in new[] { "a", "b", "a", "b" })
        {
            var answer = await client.PostAsync(new { query, variables = new { name } }, GraphQLClient.Recommended, ("X-GraphQL-Debug", "1"));
            Assert.Equal($"Hello, {name}!", answer.Data.GetProperty("hello").GetString());
        }
    }

    [Fact]
    public async Task A_failed_validation_is_not_remembered()
    {
        var (validator, counted) = Validators();
        var document = Parse("{ goodbye }");

        var first = await validator.ValidateAsync(Options(document));
        var second = await validator.ValidateAsync(Options(document));

        Assert.Equal(2, counted.Calls);
        Assert.False(first.IsValid);
        Assert.False(second.IsValid);
    }

    [Fact]
    public async Task A_request_with_a_rule_the_remembered_validation_did_not_run_is_validated_again()
    {
        var (validator, counted) = Validators();
        var document = Parse("mutation { rename(name: \"x\") }");

        var overPost = await validator.ValidateAsync(Options(document, rules: DocumentValidator.CoreRules));
        var overGet = await validator.ValidateAsync(Options(document, rules: [QueriesOnlyOverGet.Instance]));
        var againOverPost = await validator.ValidateAsync(Options(document, rules: []));

        Assert.Equal(2, counted.Calls);
        Assert.True(overPost.IsValid);
        Assert.False(overGet.IsValid);
        Assert.True(againOverPost.IsValid);
    }

    [Fact]
    public async Task A_field_selected_twice_answers_alike_when_many_requests_share_one_remembered_validation()
    {
        var client = app.Client();
        const string query = "{ a: hello(name: \"twice\") a: hello(name: \"twice\") ...on Query { a: hello(name: \"twice\") } }";

        // Debugging requests skip the result cache, so every one executes the cached document again.
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ =>
            client.PostAsync(new { query }, GraphQLClient.Recommended, ("X-GraphQL-Debug", "1"))));

        Assert.All(answers, answer => Assert.Equal("Hello, twice!", answer.Data.GetProperty("a").GetString()));
    }

    private static Inputs Variables(params (string Name, object? Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value));

    private static object? NameOf(IValidationResult result) =>
        result.ArgumentValues!.Values.Single(a => a.ContainsKey("name"))["name"].Value;

    private static (ValidatedOperations Validator, CountingValidator Counted) Validators()
    {
        var counted = new CountingValidator();
        return (new ValidatedOperations(counted), counted);
    }

    private static GraphQLDocument Parse(string query) => GraphQLParser.Parser.Parse(query);

    private static ValidationOptions Options(GraphQLDocument document, Inputs? variables = null, IEnumerable<IValidationRule>? rules = null) => new()
    {
        Schema = Schema,
        Document = document,
        Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
        Rules = rules,
        Variables = variables ?? Inputs.Empty,
        Extensions = Inputs.Empty,
        UserContext = new Dictionary<string, object?>(),
        Metrics = Metrics.None,
    };

    private static TestSchema Initialized()
    {
        var schema = new TestSchema();
        schema.Initialize();
        return schema;
    }

    /// <summary>GraphQL.NET's own validator, counting how often it is asked.</summary>
    private sealed class CountingValidator : IDocumentValidator
    {
        private readonly DocumentValidator _validator = new();

        public int Calls { get; private set; }

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Calls++;
            return _validator.ValidateAsync(options);
        }
    }
}
