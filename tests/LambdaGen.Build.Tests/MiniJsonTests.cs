namespace LambdaGen.Build.Tests;

public sealed class MiniJsonTests
{
    [Fact]
    public void Parses_objects_arrays_strings_numbers_and_literals()
    {
        var value = MiniJson.Parse(" {\"a\":[1,-2.5e3,true,false,null],\"b\":{\"c\":\"x\\u00e9\\n\\\"\"}} ");

        var root = Assert.IsType<Dictionary<string, object?>>(value);
        var a = Assert.IsType<List<object?>>(root["a"]);
        Assert.Equal(new object?[] { new JsonNumber("1"), new JsonNumber("-2.5e3"), true, false, null }, a);
        Assert.Equal("xé\n\"", Assert.IsType<Dictionary<string, object?>>(root["b"])["c"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1 2]")]
    [InlineData("{\"a\" 1}")]
    [InlineData("\"unterminated")]
    [InlineData("\"bad \\x escape\"")]
    [InlineData("01")]
    [InlineData("{} extra")]
    [InlineData("tru")]
    [InlineData("\"control \u0001 char\"")]
    public void Rejects_malformed_json_with_a_position(string text)
    {
        var ex = Assert.Throws<InvalidDataException>(() => MiniJson.Parse(text));
        Assert.Contains("at character", ex.Message);
    }

    [Fact]
    public void Rejects_absurd_nesting_instead_of_overflowing_the_stack()
    {
        Assert.Throws<InvalidDataException>(() => MiniJson.Parse(new string('[', 10_000)));
    }
}
