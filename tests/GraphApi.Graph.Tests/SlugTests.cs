using GraphApi.Graph;

namespace GraphApi.Graph.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Digitaal Vlaanderen", "digitaal-vlaanderen")]
    [InlineData("Departement Financiën en Begroting", "departement-financien-en-begroting")]
    [InlineData("Stuurorgaan Vlaams Informatie- en ICT-beleid", "stuurorgaan-vlaams-informatie-en-ict-beleid")]
    [InlineData("VV057", "vv057")]
    [InlineData("  ‘Iedereen Digitaal’ ", "iedereen-digitaal")]
    public void Makes_a_readable_id_part_from_a_name(string name, string expected)
    {
        Assert.Equal(expected, Slug.From(name));
    }
}
