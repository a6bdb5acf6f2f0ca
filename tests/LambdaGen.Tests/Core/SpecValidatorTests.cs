using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Tests.Core;

/// <summary>SpecValidator on hand-built specs: every family, the origin wording, the field keys and the fixes.</summary>
public abstract class SpecValidatorTestBase
{
    protected const string Role = "arn:aws:iam::123456789012:role/app";
    protected static readonly ProjectContext Net10 = new() { TargetFramework = "net10.0" };

    protected static Setting<T> M<T>(T value) => new(value, ValueOrigin.Method);
    protected static Setting<T> A<T>(T value) => new(value, ValueOrigin.Assembly);
    protected static Setting<EquatableArray<string?>> L(params string?[] items) => new(EquatableArray.From(items), ValueOrigin.Method);

    /// <summary>A resolved spec that breaks no rule.</summary>
    protected static readonly FunctionSpec Valid = new()
    {
        MethodDisplayName = "Functions.Handle",
        MethodName = "Handle",
        ContainingTypeName = "Functions",
        FunctionName = new Setting<string>("Functions-Handle", ValueOrigin.Derived),
        NameWithoutPrefix = "Functions-Handle",
        Handler = new Setting<string>("App::Functions::Handle", ValueOrigin.Derived),
        Runtime = new Setting<string>("dotnet10", ValueOrigin.TargetFramework),
        Role = A(Role),
        Signature = new HandlerSignature(),
    };

    protected static IReadOnlyList<Violation> Validate(FunctionSpec spec, ProjectContext? context = null) => SpecValidator.Validate(spec, context ?? Net10);

    protected static Violation Single(FunctionSpec spec, ProjectContext? context = null) => Assert.Single(Validate(spec, context));

    protected static void AssertViolation(Violation v, Rule rule, string field, ValueOrigin origin, string message, string? fix = null)
    {
        Assert.Equal(rule.Id, v.Rule.Id);
        Assert.Equal(field, v.Field);
        Assert.Equal(origin, v.Origin);
        Assert.Equal(message, v.Message);
        Assert.Equal(fix, v.Fix);
    }
}

public class SpecValidatorIdentityTests : SpecValidatorTestBase
{
    [Fact]
    public void A_valid_spec_has_no_violations() => Assert.Empty(Validate(Valid));

    [Fact]
    public void An_invalid_name_offers_the_sanitised_name_only_when_it_fits()
    {
        AssertViolation(Single(Valid with { FunctionName = M("a.b"), NameWithoutPrefix = "a.b" }), RuleCatalog.FunctionNameInvalid, "FunctionName", ValueOrigin.Method,
            "FunctionName 'a.b' may contain only letters, digits, '-' and '_' (set on [LambdaFunction])", "a-b");
        var tooLong = new string('x', 64) + ".y";
        Assert.Null(Single(Valid with { FunctionName = M(tooLong), NameWithoutPrefix = tooLong }).Fix);
    }

    [Fact]
    public void A_bad_prefix_is_blamed_on_the_MSBuild_property_and_the_fix_ignores_it()
    {
        var violations = Validate(Valid with { FunctionName = M("a.b-orders.x"), NameWithoutPrefix = "orders.x" });
        Assert.Collection(violations,
            v => AssertViolation(v, RuleCatalog.FunctionNameInvalid, "FunctionName", ValueOrigin.MsBuild,
                "The function name prefix 'a.b-' may contain only letters, digits, '-' and '_' (from MSBuild property LambdaFunctionNamePrefix)"),
            v => AssertViolation(v, RuleCatalog.FunctionNameInvalid, "FunctionName", ValueOrigin.Method,
                "FunctionName 'a.b-orders.x' may contain only letters, digits, '-' and '_' (set on [LambdaFunction])", "orders-x"));
    }

    [Fact]
    public void A_manifest_value_names_the_manifest_file()
    {
        var context = new ProjectContext { ManifestPath = "obj/lambda/orders.json" };
        var spec = new FunctionSpec { FunctionName = new Setting<string>("", ValueOrigin.Manifest), MemorySize = new Setting<int>(1, ValueOrigin.Manifest), Role = new Setting<string>(Role, ValueOrigin.Manifest) };
        Assert.Collection(Validate(spec, context),
            v => AssertViolation(v, RuleCatalog.FunctionNameInvalid, "FunctionName", ValueOrigin.Manifest, "FunctionName is empty; a name has 1–64 characters (in manifest obj/lambda/orders.json)"),
            v => AssertViolation(v, RuleCatalog.MemorySizeOutOfRange, "MemorySize", ValueOrigin.Manifest, "MemorySize 1 is below the minimum of 128 MB for a standard function (in manifest obj/lambda/orders.json)", "128"));
    }

    [Fact]
    public void A_spec_from_a_manifest_needs_a_role_but_no_runtime()
    {
        var context = new ProjectContext { ManifestPath = "m.json" };
        AssertViolation(Single(new FunctionSpec { FunctionName = new Setting<string>("orders", ValueOrigin.Manifest) }, context), RuleCatalog.RoleMissing, "Method", ValueOrigin.Derived,
            "Function 'orders' has no execution role; set Role on [LambdaFunction], on [assembly: LambdaDefaults] or in the LambdaRole MSBuild property");
        Assert.Empty(Validate(new FunctionSpec(), new ProjectContext()));
    }

    [Fact]
    public void Description_fix_is_the_first_256_code_points()
    {
        var v = Single(Valid with { Description = M(new string('d', 300)) });
        AssertViolation(v, RuleCatalog.DescriptionTooLong, "Description", ValueOrigin.Method, "Description is 300 characters; the maximum is 256 (set on [LambdaFunction])", new string('d', 256));
    }

    [Fact]
    public void Null_strings_in_settings_do_not_throw_and_are_reported()
    {
        var spec = Valid with { FunctionName = M<string>(null!), Description = M<string>(null!), Handler = M<string>(null!), Runtime = M<string>(null!), LogGroup = M<string>(null!), DeadLetterTargetArn = M<string>(null!), CodeSigningConfigArn = M<string>(null!), KMSKeyArn = M<string>(null!), TracingMode = M<string>(null!), PackageType = M<string>(null!), SnapStart = M<string>(null!), LogFormat = M<string>(null!), ApplicationLogLevel = M<string>(null!), ImageWorkingDirectory = M<string>(null!) };
        var ids = Validate(spec).Select(v => v.Rule.Id).ToList();
        Assert.Equal(new[] { "LG0001", "LG0004", "LG0005", "LG0015", "LG0016", "LG0035", "LG0036", "LG0041", "LG0043", "LG0046", "LG0048", "LG0049", "LG0051" }, ids.Distinct().OrderBy(i => i));
    }
}

public class SpecValidatorRuntimeTests : SpecValidatorTestBase
{
    [Fact]
    public void A_derived_deprecated_runtime_names_the_framework()
    {
        var v = Single(Valid with { Runtime = new Setting<string>("dotnet8", ValueOrigin.TargetFramework) }, new ProjectContext { TargetFramework = "net8.0" });
        AssertViolation(v, RuleCatalog.RuntimeDeprecated, "Runtime", ValueOrigin.TargetFramework,
            "Runtime 'dotnet8' is deprecated since 2026-11-10; creating functions is blocked from 2027-02-01 (derived from TargetFramework 'net8.0')");
    }

    [Fact]
    public void A_deprecated_runtime_suggests_the_supported_one_for_the_framework()
    {
        var violations = Validate(Valid with { Runtime = M("dotnet8") });
        Assert.Equal("dotnet10", violations[0].Fix);
        Assert.Equal("LG0008", violations[1].Rule.Id);
        Assert.Equal("dotnet10", violations[1].Fix);
    }

    [Fact]
    public void No_runtime_and_no_framework_is_LG0009_for_a_source_handler()
    {
        AssertViolation(Single(Valid with { Runtime = null }, new ProjectContext()), RuleCatalog.NoManagedRuntime, "Runtime", ValueOrigin.TargetFramework,
            "Runtime is not set and the TargetFramework is not visible to the compiler; set Runtime");
    }

    [Fact]
    public void A_blocked_framework_runtime_explains_why()
    {
        // net5.0 has no row; a framework whose runtime is blocked gets the date.
        var v = Single(Valid with { Runtime = null }, new ProjectContext { TargetFramework = "net5.0" });
        Assert.Equal("Runtime is not set and TargetFramework 'net5.0' cannot be derived: Lambda has no managed runtime for it; target net10.0, or set Runtime = \"provided.al2023\" and publish with Native AOT", v.Message);
    }

    [Fact]
    public void Runtime_checks_are_skipped_for_images() =>
        Assert.Empty(Validate(Valid with { Runtime = null, Handler = null, PackageType = M("Image") }, new ProjectContext { TargetFramework = "net9.0" }));

    [Fact]
    public void A_manifest_runtime_without_framework_is_not_checked_against_one()
    {
        var spec = new FunctionSpec { Role = M(Role), Runtime = new Setting<string>("python3.12", ValueOrigin.Manifest) };
        Assert.Empty(Validate(spec, new ProjectContext { ManifestPath = "m.json" }));
    }
}

public class SpecValidatorResourceTests : SpecValidatorTestBase
{
    [Theory]
    [InlineData(127, "128")]
    [InlineData(10241, "10240")]
    [InlineData(int.MinValue, "128")]
    public void MemorySize_fix_clamps_to_the_range(int value, string fix) => Assert.Equal(fix, Single(Valid with { MemorySize = M(value) }).Fix);

    [Fact]
    public void The_ceiling_fix_is_the_ceiling() =>
        Assert.Equal("3008", Single(Valid with { MemorySize = M(4096) }, Net10 with { MaxMemorySize = 3008 }).Fix);

    [Fact]
    public void A_ceiling_above_the_maximum_does_not_raise_it() =>
        AssertViolation(Single(Valid with { MemorySize = M(10241) }, Net10 with { MaxMemorySize = 20000 }), RuleCatalog.MemorySizeOutOfRange, "MemorySize", ValueOrigin.Method,
            "MemorySize 10241 is above the maximum of 10240 MB for a standard function (set on [LambdaFunction])", "10240");

    [Theory]
    [InlineData(0, "1")]
    [InlineData(901, "900")]
    public void Timeout_fix_clamps(int value, string fix) => Assert.Equal(fix, Single(Valid with { Timeout = M(value) }).Fix);

    [Theory]
    [InlineData(1, "512")]
    [InlineData(20000, "10240")]
    public void EphemeralStorage_fix_clamps(int value, string fix) => Assert.Equal(fix, Single(Valid with { EphemeralStorage = M(value) }).Fix);

    [Fact]
    public void An_arm64_runtime_conflict_blames_the_method_value_and_offers_x86_64()
    {
        Assert.Empty(Validate(Valid with { Runtime = A("provided.al2023"), Architectures = L("arm64") }));
        var conflict = Validate(Valid with { Runtime = A("go1.x"), Architectures = L("arm64") }).Single(x => x.Rule == RuleCatalog.ArchitectureUnsupportedByRuntime);
        AssertViolation(conflict, RuleCatalog.ArchitectureUnsupportedByRuntime, "Architectures#0", ValueOrigin.Method, "Runtime 'go1.x' runs only on x86_64, not on arm64 (set on [LambdaFunction])", "x86_64");
        var runtimeBlamed = Validate(Valid with { Runtime = M("go1.x"), Architectures = new Setting<EquatableArray<string?>>(EquatableArray.From<string?>("arm64"), ValueOrigin.Assembly) })
            .Single(x => x.Rule == RuleCatalog.ArchitectureUnsupportedByRuntime);
        Assert.Equal(("Runtime", ValueOrigin.Method), (runtimeBlamed.Field, runtimeBlamed.Origin));
    }

    [Fact]
    public void RuntimeIdentifier_with_the_default_architecture_blames_RuntimeIdentifier() =>
        AssertViolation(Single(Valid, Net10 with { RuntimeIdentifier = "linux-musl-arm64" }), RuleCatalog.RuntimeIdentifierArchitectureMismatch, "Architectures", ValueOrigin.MsBuild,
            "RuntimeIdentifier 'linux-musl-arm64' builds for arm64, but the function runs on x86_64 (Lambda's default); set Architectures = new[] { \"arm64\" } (from MSBuild property RuntimeIdentifier)", "arm64");

    [Fact]
    public void An_invalid_architecture_stops_the_architecture_checks()
    {
        var v = Single(Valid with { Architectures = L("ARM") }, Net10 with { RuntimeIdentifier = "linux-x64" });
        Assert.Equal("LG0018", v.Rule.Id);
        Assert.Equal("arm64", v.Fix);
    }
}

public class SpecValidatorListTests : SpecValidatorTestBase
{
    private static KeyValueEntry Env(string? key, string? value, ValueOrigin origin = ValueOrigin.Method, int index = 0) => new(key, value, origin, index);

    [Fact]
    public void Environment_fields_point_at_the_key_the_item_or_the_value()
    {
        var spec = Valid with
        {
            Environment = EquatableArray.From(Env("1A", "v", index: 0), Env("AWS_REGION", "v", index: 1), Env("DUP", "a", index: 2), Env("DUP", "b", index: 3), Env("SECRET", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", index: 4)),
        };
        Assert.Collection(Validate(spec),
            v => Assert.Equal(("LG0023", "Environment#0.Key"), (v.Rule.Id, v.Field)),
            v => Assert.Equal(("LG0025", "Environment#1.Key"), (v.Rule.Id, v.Field)),
            v => Assert.Equal(("LG0024", "Environment#3"), (v.Rule.Id, v.Field)),
            v => Assert.Equal(("LG0027", "Environment#4.Value"), (v.Rule.Id, v.Field)));
    }

    [Fact]
    public void The_same_key_at_two_levels_is_an_override_not_a_duplicate() =>
        Assert.Empty(Validate(Valid with { Environment = EquatableArray.From(Env("K1", "a", ValueOrigin.Assembly), Env("K1", "b")), Tags = EquatableArray.From(Env("t", "a", ValueOrigin.Assembly), Env("t", "b")) }));

    [Fact]
    public void Too_large_environment_prefers_a_method_variable_then_the_largest()
    {
        var spec = Valid with
        {
            Environment = EquatableArray.From(Env("BIG", new string('x', 4000), ValueOrigin.Assembly, 0), Env("SMALL", "y", ValueOrigin.Method, 0), Env("MID", new string('m', 200), ValueOrigin.Method, 1)),
        };
        AssertViolation(Single(spec), RuleCatalog.EnvironmentTooLarge, "Environment#1", ValueOrigin.Method, "Environment variables take 4231 bytes as JSON; Lambda allows 4096 (in [LambdaEnvironment] on the method)");
    }

    [Fact]
    public void Tags_report_key_and_value_separately_and_count_effective_tags()
    {
        var tags = Enumerable.Range(0, 50).Select(i => Env("k" + i, "v", ValueOrigin.Assembly, i)).Append(Env("bad!", "bad!", ValueOrigin.Method, 0));
        Assert.Collection(Validate(Valid with { Tags = tags.ToEquatableArray() }),
            v => Assert.Equal(("LG0029", "Tags#0.Key", ValueOrigin.Method), (v.Rule.Id, v.Field, v.Origin)),
            v => Assert.Equal(("LG0029", "Tags#0.Value", ValueOrigin.Method), (v.Rule.Id, v.Field, v.Origin)),
            v => AssertViolation(v, RuleCatalog.TooManyTags, "Tags#0", ValueOrigin.Method, "The function has 51 tags; the maximum is 50 (in [LambdaTag] on the method)"));
    }

    [Fact]
    public void Layer_conflict_offers_the_newest_version_and_handles_huge_versions()
    {
        const string layer = "arn:aws:lambda:us-east-1:123456789012:layer:x:";
        var v = Single(Valid with { Layers = L(layer + "99999999999999999999", layer + "2") });
        Assert.Equal(layer + "2", v.Fix); // an unparseable version ranks lowest
        Assert.Equal("Layers#1", v.Field);
    }

    [Fact]
    public void File_system_items_use_their_index_and_parts()
    {
        var spec = Valid with { FileSystems = EquatableArray.From(new FileSystemEntry(null, null, ValueOrigin.Method, 0), new FileSystemEntry("a", "b", ValueOrigin.Method, 1)) };
        Assert.Collection(Validate(spec),
            v => Assert.Equal(("LG0038", "FileSystem#0.Arn", "File system ARN null is not an EFS access point ARN (arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-<17 hex digits>) (in [LambdaFileSystem])"), (v.Rule.Id, v.Field, v.Message)),
            v => Assert.Equal(("LG0039", "FileSystem#0.LocalMountPath"), (v.Rule.Id, v.Field)),
            v => Assert.Equal(("LG0040", "FileSystem#0"), (v.Rule.Id, v.Field)),
            v => Assert.Equal(("LG0037", "FileSystem#1"), (v.Rule.Id, v.Field)));
    }
}

public class SpecValidatorPackagingAndLoggingTests : SpecValidatorTestBase
{
    [Fact]
    public void Image_conflicts_blame_the_method_setting_over_an_assembly_package_type()
    {
        var violations = Validate(Valid with { PackageType = A("Image"), Runtime = M("dotnet10"), Handler = null, Layers = L("arn:aws:lambda:us-east-1:123456789012:layer:a:1") });
        Assert.Equal(new[] { ("LG0042", "Runtime", ValueOrigin.Method), ("LG0042", "Layers", ValueOrigin.Method) }, violations.Select(v => (v.Rule.Id, v.Field, v.Origin)));
    }

    [Fact]
    public void An_assembly_runtime_with_a_method_image_blames_the_package_type()
    {
        var v = Single(Valid with { PackageType = M("Image"), Runtime = A("dotnet10"), Handler = null });
        AssertViolation(v, RuleCatalog.ImageForbidsSetting, "PackageType", ValueOrigin.Method, "Runtime cannot be set for PackageType 'Image'; the image defines it (set on [LambdaFunction])");
    }

    [Theory]
    [InlineData("zip", "Zip")]
    [InlineData("IMAGE", "Image")]
    [InlineData("container", null)]
    public void PackageType_fix_is_the_case_fix(string value, string? fix) => Assert.Equal(fix, Single(Valid with { PackageType = M(value) }).Fix);

    [Fact]
    public void SnapStart_conflicts_offer_None() => Assert.Equal("None", Single(Valid with { SnapStart = M("PublishedVersions"), EphemeralStorage = M(1024) }).Fix);

    [Fact]
    public void Log_level_without_format_blames_the_level() =>
        AssertViolation(Single(Valid with { SystemLogLevel = A("WARN") }), RuleCatalog.LogLevelRequiresJson, "SystemLogLevel", ValueOrigin.Assembly,
            "SystemLogLevel needs LogFormat 'JSON'; the default log format is Text (from [assembly: LambdaDefaults])");

    [Theory]
    [InlineData("json", "JSON")]
    [InlineData("TEXT", "Text")]
    public void LogFormat_fix_is_the_case_fix(string value, string fix) => Assert.Equal(fix, Single(Valid with { LogFormat = M(value) }).Fix);

    [Fact]
    public void Log_level_fix_is_the_case_fix() => Assert.Equal("DEBUG", Single(Valid with { LogFormat = M("JSON"), ApplicationLogLevel = M("debug") }).Fix);
}

public class SpecValidatorSignatureTests : SpecValidatorTestBase
{
    [Fact]
    public void Every_signature_problem_is_reported_on_the_method()
    {
        var signature = new HandlerSignature
        {
            IsPublic = false, IsStatic = false, IsGeneric = true, IsAsyncVoid = true, ParameterCount = 2, SecondParameterType = "int",
            ContainingTypeIsAbstract = true, NonStreamInputType = "Order", HasSerializer = false,
        };
        var violations = Validate(Valid with { Signature = signature });
        Assert.Equal(new[] { "LG0052", "LG0053", "LG0054", "LG0055", "LG0056", "LG0057" }, violations.Select(v => v.Rule.Id));
        Assert.All(violations, v => Assert.Equal(("Method", ValueOrigin.Method), (v.Field, v.Origin)));
        Assert.EndsWith("(on the handler method)", violations[0].Message);
    }

    [Fact]
    public void A_serializer_silences_LG0057() =>
        Assert.Empty(Validate(Valid with { Signature = new HandlerSignature { NonStreamInputType = "Order", NonStreamOutputType = "Result", HasSerializer = true } }));

    [Fact]
    public void The_output_type_is_named_when_the_input_is_a_stream() =>
        Assert.Contains("'Result'", Single(Valid with { Signature = new HandlerSignature { NonStreamOutputType = "Result" } }).Message);
}

/// <summary>LG0070–LG0083 on specs built by hand: manifest origins (the deploy re-check), null values, the helpers.</summary>
public class SpecValidatorServiceTests : SpecValidatorTestBase
{
    private static readonly FunctionSpec Managed = Valid.With(LambdaGen.Core.Fields.FieldTable.CapacityProviderArn,
        new Setting<string>("arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet", ValueOrigin.Manifest));

    [Fact]
    public void A_manifest_value_names_the_manifest_and_keeps_the_fix()
    {
        var v = Single(Managed with { MemorySize = new Setting<int>(512, ValueOrigin.Manifest) }, new ProjectContext { TargetFramework = "net10.0", ManifestPath = "lambda/a.json" });
        AssertViolation(v, RuleCatalog.ManagedInstancesMemoryOutOfRange, "MemorySize", ValueOrigin.Manifest,
            "MemorySize 512 is below 2048 MB, the minimum for a function on Lambda Managed Instances (2 GB and 1 vCPU) (in manifest lambda/a.json)", "2048");
    }

    [Fact]
    public void Null_values_in_the_new_rules_do_not_throw()
    {
        var spec = Managed with { Runtime = M<string>(null!), FunctionName = M<string>(null!), Layers = L(null, ""), SnapStart = M<string>(null!) };
        spec = spec.With(LambdaGen.Core.Fields.FieldTable.TenantIsolationMode, M<string>(null!)).With(LambdaGen.Core.Fields.FieldTable.PublishTo, M<string>(null!))
            .With(LambdaGen.Core.Fields.FieldTable.DurableKMSKeyArn, M<string>(null!));
        _ = Validate(spec, new ProjectContext { TargetFramework = "net10.0", Region = "us-east-1" });
        _ = Validate(spec, new ProjectContext { TargetFramework = "net10.0", Region = "" });
    }

    [Theory]
    [InlineData("us-east-1", "aws")]
    [InlineData("eu-central-2", "aws")]
    [InlineData("cn-northwest-1", "aws-cn")]
    [InlineData("us-gov-east-1", "aws-us-gov")]
    [InlineData("us-iso-east-1", "aws-iso")]
    [InlineData("us-isob-east-1", "aws-iso-b")]
    [InlineData("eu-isoe-west-1", "aws-iso-e")]
    [InlineData("us-isof-south-1", "aws-iso-f")]
    [InlineData("eusc-de-east-1", "aws-eusc")]
    public void Partition_of_a_region(string region, string partition)
    {
        Assert.True(Patterns.Region.IsFullMatch(region));
        Assert.Equal(partition, SpecValidator.Partition(region));
    }

    [Theory]
    [InlineData("abc", null)]
    [InlineData("a.b-c", null)]
    [InlineData("Bucket", "contains the uppercase letter 'B'; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)")]
    [InlineData("bück", "contains 'ü'; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)")]
    [InlineData("ab\tc", "contains the character U+0009; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)")]
    [InlineData("😀😀", "is 2 characters; a bucket name is 3–63 characters long")]
    [InlineData("10.0.0.1", "is formatted as an IP address")]
    public void Bucket_names_report_the_first_broken_rule(string name, string? problem) => Assert.Equal(problem, BucketNames.Problem(name));
}
