using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;

namespace LambdaGen.Tests.Core;

public class FunctionNamesTests
{
    [Theory]
    [InlineData("Orders", "Create", "Orders-Create")]
    [InlineData("Outer+Inner", "Run", "Outer-Inner-Run")]
    [InlineData("Ñandú", "Go", "and--Go")] // invalid runs become one '-', which can sit next to a real one
    [InlineData("My_Type", "Do_It", "My_Type-Do_It")]
    public void Derive_joins_type_and_method(string type, string method, string expected) => Assert.Equal(expected, FunctionNames.Derive(type, method));

    [Theory]
    [InlineData("orders.create v2", "orders-create-v2")]
    [InlineData("..a..", "a")]
    [InlineData("---", "function")]
    [InlineData("", "function")]
    [InlineData("日本", "function")]
    [InlineData("a--b", "a--b")]
    [InlineData("a..b", "a-b")]
    public void Sanitize_replaces_runs_of_invalid_characters(string name, string expected) => Assert.Equal(expected, FunctionNames.Sanitize(name));

    [Fact]
    public void Prefix_applies_to_plain_names_only()
    {
        Assert.Equal("dev-orders", FunctionNames.ApplyPrefix("orders", "dev-"));
        Assert.Equal("orders", FunctionNames.ApplyPrefix("orders", null));
        Assert.Equal("orders", FunctionNames.ApplyPrefix("orders", ""));
        Assert.Equal("123456789012:function:orders", FunctionNames.ApplyPrefix("123456789012:function:orders", "dev-"));
    }

    [Theory]
    [InlineData("orders", "orders")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:orders", "orders")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:orders:prod", "orders")]
    [InlineData("123456789012:function:orders", "orders")]
    [InlineData("123456789012:orders", "orders")]
    [InlineData("orders:prod", "orders")]
    [InlineData("function:", "")]
    [InlineData(":", "function")]
    public void PlainName_extracts_the_name_from_any_form(string name, string expected) => Assert.Equal(expected, FunctionNames.PlainName(name));

    [Theory]
    [InlineData("orders-create", "OrdersCreate")]
    [InlineData("dev-orders_v2", "DevOrdersV2")]
    [InlineData("2fast", "Function2fast")]
    [InlineData("---", "Function")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:pay-now", "PayNow")]
    public void ToIdentifier_makes_PascalCase(string name, string expected) => Assert.Equal(expected, FunctionNames.ToIdentifier(name));
}

public class TargetFrameworksTests
{
    [Theory]
    [InlineData("net10.0", 10)]
    [InlineData("net8.0", 8)]
    [InlineData("net10.0-windows", 10)]
    [InlineData("net9.0-android35.0", 9)]
    [InlineData("net5.0", 5)]
    [InlineData("netcoreapp3.1", null)]
    [InlineData("netstandard2.0", null)]
    [InlineData("net48", null)]
    [InlineData("net472", null)]
    [InlineData("net4.8", null)]
    [InlineData("NET10.0", null)]
    [InlineData("net.0", null)]
    [InlineData("net99999999999.0", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void MajorVersion(string? framework, int? expected) => Assert.Equal(expected, TargetFrameworks.MajorVersion(framework));

    [Theory]
    [InlineData("net10.0", "dotnet10", "dotnet10")]
    [InlineData("net8.0", "dotnet8", null)] // deprecated: derivable, but not "supported" as a fix target
    [InlineData("net6.0", "dotnet6", null)]
    [InlineData("net9.0", null, null)]
    [InlineData("net7.0", null, null)]
    [InlineData("net5.0", null, null)]
    [InlineData("netstandard2.0", null, null)]
    [InlineData(null, null, null)]
    public void Managed_runtimes(string? framework, string? managed, string? supported)
    {
        Assert.Equal(managed, TargetFrameworks.ManagedRuntime(framework));
        Assert.Equal(supported, TargetFrameworks.SupportedManagedRuntime(framework));
    }
}
