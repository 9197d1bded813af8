using GraphApi.Corpus.Extraction;

namespace GraphApi.Corpus.Tests.Extraction;

public class EuroAmountParserTests
{
    [Theory]
    [InlineData("5 miljoen euro", "5000000")]
    [InlineData("111.000 euro", "111000")]
    [InlineData("180K euro", "180000")]
    [InlineData("2,4M euro", "2400000")]
    [InlineData("1760K euro", "1760000")]
    [InlineData("€232.521.477", "232521477")]
    [InlineData("€829 miljard", "829000000000")]
    [InlineData("270 miljard euro", "270000000000")]
    [InlineData("€3,5 miljard", "3500000000")]
    [InlineData("112,6 miljoen euro", "112600000")]
    public void Reads_every_form_the_corpus_writes_amounts_in(string expression, string euros)
    {
        var amount = EuroAmountParser.Parse(expression);

        Assert.True(amount.IsReadable, amount.Problem);
        Assert.Equal(decimal.Parse(euros), amount.Euros);
        Assert.Equal(expression, amount.Quote);
        Assert.Null(amount.Problem);
    }

    [Fact]
    public void Reads_a_Dutch_decimal_comma_with_miljoen_exactly()
    {
        Assert.Equal(5_790_000m, EuroAmountParser.Parse("5,79 miljoen euro").Euros);
        Assert.Equal(4_210_000m, EuroAmountParser.Parse("4,21 miljoen euro").Euros);
    }

    [Theory]
    [InlineData("12,4 miljoen  euro")]
    [InlineData("12,4\nmiljoen euro")]
    [InlineData("€ 12,4 miljoen")]
    [InlineData("€12,4 Miljoen euro")]
    public void Reads_amounts_whatever_the_white_space_and_currency_placement(string expression)
    {
        Assert.Equal(12_400_000m, EuroAmountParser.Parse(expression).Euros);
    }

    [Theory]
    [InlineData("1.234,56 euro", "1234.56")]
    [InlineData("0,5 euro", "0.5")]
    [InlineData("1 760 000 euro", "1760000")]
    [InlineData("1\u00A0760\u00A0000,50 euro", "1760000.50")]
    public void Reads_thousands_dots_or_spaces_together_with_cents(string expression, string euros)
    {
        Assert.Equal(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture), EuroAmountParser.Parse(expression).Euros);
    }

    [Theory]
    [InlineData("5,7,9 miljoen euro", "more than one decimal comma")]
    [InlineData("1.23.4 euro", "thousands dots must separate groups of three digits")]
    [InlineData("5.5 miljoen euro", "thousands dots must separate groups of three digits")]
    [InlineData("K euro", "no number written in digits")]
    [InlineData("twee miljoen euro", "no number written in digits")]
    [InlineData("5,5 miljioen euro", "unknown scale word 'miljioen'")]
    [InlineData("5,79 miljoen", "no currency")]
    [InlineData("2021 500 euro", "groups of three")]
    [InlineData("1,234 euro", "more precise than a cent")]
    [InlineData("5, euro", "digits on both sides")]
    [InlineData("1.000,000.5 euro", "thousands dot after the decimal comma")]
    [InlineData("5 miljoen extra euro", "expected a number")]
    [InlineData("99999999999999999999999999999999 euro", "too large")]
    public void Reports_an_expression_it_cannot_read_with_its_quote_and_no_number(string expression, string problem)
    {
        var amount = EuroAmountParser.Parse(expression);

        Assert.False(amount.IsReadable);
        Assert.Null(amount.Euros);
        Assert.Equal(expression, amount.Quote);
        Assert.Contains(problem, amount.Problem);
    }

    [Fact]
    public void Tells_scale_letters_apart_by_case_only_where_case_matters()
    {
        Assert.Equal(180_000m, EuroAmountParser.Parse("180k euro").Euros);
        Assert.False(EuroAmountParser.Parse("2,4m euro").IsReadable);
    }
}
