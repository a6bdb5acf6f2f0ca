using FsCheck;
using FsCheck.Fluent;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Tests.Core;

public class EquatableArrayTests
{
    [Fact]
    public void Default_empty_and_new_empty_are_equal_with_equal_hashes()
    {
        var a = default(EquatableArray<string>);
        var b = new EquatableArray<string>(Array.Empty<string>());
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Empty(a);
        Assert.Throws<IndexOutOfRangeException>(() => a[0]);
    }

    [Fact]
    public void Equality_is_by_value_and_order_matters()
    {
        var a = EquatableArray.From("x", null, "y");
        var b = new[] { "x", null, "y" }.ToEquatableArray();
        var c = EquatableArray.From("y", null, "x");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
        Assert.False(a.Equals((object)"x"));
        Assert.True(a.Equals((object)b));
    }

    [Fact]
    public void The_array_is_copied_so_later_changes_to_the_source_do_not_leak()
    {
        var source = new[] { 1, 2 };
        var array = new EquatableArray<int>(source);
        source[0] = 9;
        Assert.Equal(new[] { 1, 2 }, array);
    }

    [Fact]
    public void Specs_holding_arrays_compare_by_value()
    {
        FunctionSpec Make() => new() { Layers = new Setting<EquatableArray<string?>>(EquatableArray.From<string?>("a"), ValueOrigin.Method), Environment = EquatableArray.From(new KeyValueEntry("K1", "v", ValueOrigin.Method, 0)) };
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotSame(Make(), Make());
    }

    [Fact]
    public void Properties_equal_implies_same_hash_copy_equal_order_matters()
    {
        Prop.ForAll<string?[]>(items =>
        {
            var a = new EquatableArray<string?>(items);
            var b = new EquatableArray<string?>(items.ToArray());
            bool ok = a.Equals(b) && a.GetHashCode() == b.GetHashCode() && a.Count == items.Length && a.SequenceEqual(items);
            var reversed = new EquatableArray<string?>(items.Reverse());
            bool orderMatters = items.SequenceEqual(items.Reverse()) == a.Equals(reversed);
            return ok && orderMatters;
        }).QuickCheckThrowOnFailure();
    }
}

public class MsBuildDefaultsTests
{
    private static MsBuildDefaults Parse(params (string Name, string? Value)[] properties) =>
        MsBuildDefaults.Parse(name => properties.FirstOrDefault(p => p.Name == name).Value);

    [Fact]
    public void Nothing_set_means_no_defaults()
    {
        var defaults = Parse();
        Assert.Equal(new FunctionSpec(), defaults.Defaults);
        Assert.Null(defaults.FunctionNamePrefix);
        Assert.Null(defaults.MaxMemorySize);
        Assert.Empty(defaults.Problems);
        Assert.Equal(MsBuildDefaults.None, defaults);
    }

    [Fact]
    public void Values_are_trimmed_and_carry_the_MSBuild_origin()
    {
        var defaults = Parse(("LambdaRole", " r "), ("LambdaRuntime", "dotnet10"), ("LambdaArchitecture", "arm64"), ("LambdaMemorySize", " 512"),
            ("LambdaTimeout", "+30"), ("LambdaFunctionNamePrefix", "dev-"), ("LambdaMaxMemorySize", "3008"));
        Assert.Equal(new Setting<string>("r", ValueOrigin.MsBuild), defaults.Defaults.Role);
        Assert.Equal(new Setting<string>("dotnet10", ValueOrigin.MsBuild), defaults.Defaults.Runtime);
        Assert.Equal(EquatableArray.From<string?>("arm64"), defaults.Defaults.Architectures!.Value.Value);
        Assert.Equal(new Setting<int>(512, ValueOrigin.MsBuild), defaults.Defaults.MemorySize);
        Assert.Equal(30, defaults.Defaults.Timeout!.Value.Value);
        Assert.Equal("dev-", defaults.FunctionNamePrefix);
        Assert.Equal(3008, defaults.MaxMemorySize);
        Assert.Empty(defaults.Problems);
    }

    [Fact]
    public void LambdaRegion_is_read_trimmed_and_LambdaS3Bucket_is_checked_once_against_the_naming_rules()
    {
        var defaults = Parse(("LambdaRegion", " eu-west-1 "), ("LambdaS3Bucket", "Artifacts"));
        Assert.Equal("eu-west-1", defaults.Region);
        var problem = Assert.Single(defaults.Problems);
        Assert.Equal(RuleCatalog.S3BucketNameInvalid, problem.Rule);
        Assert.Equal("MSBuild:LambdaS3Bucket", problem.Field);
        Assert.Equal("MSBuild property LambdaS3Bucket is 'Artifacts', which contains the uppercase letter 'A'; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)", problem.Message);
        Assert.Empty(Parse(("LambdaS3Bucket", "artifacts")).Problems);
        Assert.Null(Parse().Region);
    }

    [Fact]
    public void Empty_values_mean_unset()
    {
        var defaults = Parse(("LambdaRole", ""), ("LambdaMemorySize", ""));
        Assert.Null(defaults.Defaults.Role);
        Assert.Null(defaults.Defaults.MemorySize);
    }

    [Theory]
    [InlineData("LambdaMemorySize", "1GB")]
    [InlineData("LambdaTimeout", "3.5")]
    [InlineData("LambdaMemorySize", "99999999999")]
    [InlineData("LambdaTimeout", "1,000")]
    [InlineData("LambdaMaxMemorySize", "max")]
    public void Numbers_that_do_not_parse_are_LG0059(string name, string value)
    {
        var problem = Assert.Single(Parse((name, value)).Problems);
        Assert.Equal(RuleCatalog.MsBuildPropertyInvalid, problem.Rule);
        Assert.Equal(ValueOrigin.MsBuild, problem.Origin);
        Assert.Equal($"MSBuild property {name} is '{value}', which is not a whole number", problem.Message);
    }

    [Theory]
    [InlineData("127")]
    [InlineData("10241")]
    [InlineData("0")]
    public void A_memory_ceiling_outside_128_to_10240_is_LG0059_and_ignored(string value)
    {
        var defaults = Parse(("LambdaMaxMemorySize", value));
        Assert.Null(defaults.MaxMemorySize);
        Assert.Equal($"MSBuild property LambdaMaxMemorySize is {value}; it must be between 128 and 10240", Assert.Single(defaults.Problems).Message);
    }

    [Fact]
    public void Every_property_name_is_read()
    {
        var asked = new List<string>();
        MsBuildDefaults.Parse(name => { asked.Add(name); return null; });
        Assert.Equal(MsBuildDefaults.PropertyNames.OrderBy(n => n), asked.Distinct().OrderBy(n => n));
    }
}

public class SpecResolverTests
{
    private static Setting<T> M<T>(T value) => new(value, ValueOrigin.Method);
    private static Setting<T> A<T>(T value) => new(value, ValueOrigin.Assembly);

    private static readonly FunctionSpec Method = new() { MethodName = "Create", ContainingTypeName = "Outer+Orders", Namespace = "Shop.Api", MethodDisplayName = "Orders.Create" };

    [Fact]
    public void Method_beats_assembly_beats_MSBuild()
    {
        var msbuild = MsBuildDefaults.Parse(n => n switch { "LambdaMemorySize" => "128", "LambdaTimeout" => "10", "LambdaRole" => "msbuild", _ => null });
        var spec = SpecResolver.Resolve(Method with { MemorySize = M(1024) }, new FunctionSpec { MemorySize = A(512), Timeout = A(20) }, msbuild, "Shop", "net10.0");
        Assert.Equal(M(1024), spec.MemorySize);
        Assert.Equal(A(20), spec.Timeout);
        Assert.Equal(new Setting<string>("msbuild", ValueOrigin.MsBuild), spec.Role);
    }

    [Fact]
    public void Name_handler_and_runtime_are_derived()
    {
        var spec = SpecResolver.Resolve(Method, new FunctionSpec(), MsBuildDefaults.None, "Shop", "net10.0");
        Assert.Equal(new Setting<string>("Outer-Orders-Create", ValueOrigin.Derived), spec.FunctionName);
        Assert.Equal("Outer-Orders-Create", spec.NameWithoutPrefix);
        Assert.Equal(new Setting<string>("Shop::Shop.Api.Outer+Orders::Create", ValueOrigin.Derived), spec.Handler);
        Assert.Equal(new Setting<string>("dotnet10", ValueOrigin.TargetFramework), spec.Runtime);
    }

    [Fact]
    public void The_prefix_applies_to_plain_names_and_keeps_the_origin()
    {
        var msbuild = MsBuildDefaults.Parse(n => n == "LambdaFunctionNamePrefix" ? "dev-" : null);
        var spec = SpecResolver.Resolve(Method with { FunctionName = M("orders") }, new FunctionSpec(), msbuild, "Shop", "net10.0");
        Assert.Equal(M("dev-orders"), spec.FunctionName);
        Assert.Equal("orders", spec.NameWithoutPrefix);
        var arn = SpecResolver.Resolve(Method with { FunctionName = M("123456789012:function:orders") }, new FunctionSpec(), msbuild, "Shop", "net10.0");
        Assert.Equal("123456789012:function:orders", arn.FunctionName!.Value.Value);
    }

    [Fact]
    public void A_global_namespace_handler_has_no_namespace_part()
    {
        var spec = SpecResolver.Resolve(Method with { Namespace = "", ContainingTypeName = "F" }, new FunctionSpec(), MsBuildDefaults.None, "App", null);
        Assert.Equal("App::F::Create", spec.Handler!.Value.Value);
        Assert.Null(spec.Runtime);
    }

    [Fact]
    public void A_framework_without_a_creatable_runtime_derives_none()
    {
        Assert.Null(SpecResolver.Resolve(Method, new FunctionSpec(), MsBuildDefaults.None, "A", "net9.0").Runtime);
        Assert.Equal("dotnet8", SpecResolver.Resolve(Method, new FunctionSpec(), MsBuildDefaults.None, "A", "net8.0").Runtime!.Value.Value);
    }

    [Fact]
    public void An_image_function_gets_no_runtime_handler_or_inherited_layers()
    {
        var assembly = new FunctionSpec { PackageType = A("Image"), Runtime = A("dotnet10"), Layers = A(EquatableArray.From<string?>("l")) };
        var spec = SpecResolver.Resolve(Method, assembly, MsBuildDefaults.None, "A", "net10.0");
        Assert.Equal(A("Image"), spec.PackageType);
        Assert.Null(spec.Runtime);
        Assert.Null(spec.Handler);
        Assert.Null(spec.Layers);
        Assert.True(spec.IsImage);
    }

    [Fact]
    public void Environment_and_tags_concatenate_assembly_first()
    {
        var assembly = new FunctionSpec { Environment = EquatableArray.From(new KeyValueEntry("A1", "a", ValueOrigin.Assembly, 0)) };
        var method = Method with { Environment = EquatableArray.From(new KeyValueEntry("M1", "m", ValueOrigin.Method, 0)) };
        var spec = SpecResolver.Resolve(method, assembly, MsBuildDefaults.None, "A", "net10.0");
        Assert.Equal(new[] { "A1", "M1" }, spec.Environment.Select(e => e.Key));
    }

    [Fact]
    public void Resolving_the_same_inputs_twice_gives_equal_specs()
    {
        var a = SpecResolver.Resolve(Method, new FunctionSpec(), MsBuildDefaults.None, "A", "net10.0");
        var b = SpecResolver.Resolve(Method, new FunctionSpec(), MsBuildDefaults.None, "A", "net10.0");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
