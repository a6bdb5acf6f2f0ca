using System.Text.Json.Nodes;
using LambdaGen.Core.Rules;
using LambdaGen.Deploy.Manifests;

namespace LambdaGen.Deploy.Tests;

/// <summary>The ManifestCheck seam: manifests are re-checked with LambdaGen.Core's rules before any call.</summary>
public sealed class ManifestCheckTests
{
    private static IReadOnlyList<ManifestProblem> Check(string json, string? rid = null, string? region = null) =>
        ManifestCheck.Check(new FunctionManifest("/out/lambda/fn.json", JsonNode.Parse(json)!.AsObject()), rid, region);

    private const string Valid = """
        {"FunctionName":"fn","Runtime":"dotnet10","Handler":"App::App.F::H","Role":"arn:aws:iam::123456789012:role/r",
         "MemorySize":512,"Timeout":30,"Architectures":["arm64"],"PackageType":"Zip"}
        """;

    [Fact]
    public void A_valid_manifest_has_no_errors()
    {
        Assert.DoesNotContain(Check(Valid), p => p.IsError);
    }

    [Fact]
    public void An_out_of_range_value_names_the_value_the_range_and_the_manifest()
    {
        var problem = Assert.Single(Check(Valid.Replace("\"MemorySize\":512", "\"MemorySize\":99999")), p => p.IsError);
        Assert.StartsWith("LG", problem.Code);
        Assert.Contains("99999", problem.Message);
        Assert.Contains("10240", problem.Message);
        Assert.Contains("/out/lambda/fn.json", problem.Message);
        Assert.Equal("/out/lambda/fn.json", problem.File);
    }

    [Fact]
    public void The_deploy_region_is_compared_with_layer_ARNs_as_a_warning()
    {
        var json = Valid.Replace("\"PackageType\":\"Zip\"", "\"PackageType\":\"Zip\",\"Layers\":[\"arn:aws:lambda:eu-west-1:123456789012:layer:a:1\"]");
        Assert.DoesNotContain(Check(json), p => p.Code == "LG0082");
        Assert.DoesNotContain(Check(json, region: "eu-west-1"), p => p.Code == "LG0082");
        var problem = Assert.Single(Check(json, region: "us-east-1"), p => p.Code == "LG0082");
        Assert.False(problem.IsError);
        Assert.Equal("Layer 'arn:aws:lambda:eu-west-1:123456789012:layer:a:1' is in region 'eu-west-1', but LambdaRegion is 'us-east-1'; a function can use only layers of its own region (in manifest /out/lambda/fn.json)", problem.Message);
    }

    [Fact]
    public void A_managed_instances_manifest_is_checked_against_its_own_ranges()
    {
        var json = Valid.Replace("\"Timeout\":30", "\"Timeout\":3600,\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet\"}}");
        var problem = Assert.Single(Check(json), p => p.IsError);
        Assert.Equal("LG0070", problem.Code);
        Assert.StartsWith("MemorySize 512 is below 2048 MB", problem.Message);
    }

    [Fact]
    public void A_wrongly_typed_value_is_reported_with_what_is_allowed()
    {
        var problem = Assert.Single(Check(Valid.Replace("\"Timeout\":30", "\"Timeout\":\"30\"")), p => p.Code == "LGD016");
        Assert.Equal("Timeout is \"30\"; it must be a whole number (in manifest /out/lambda/fn.json)", problem.Message);
    }

    [Fact]
    public void The_runtime_identifier_is_checked_against_the_architecture()
    {
        Assert.Contains(Check(Valid, rid: "linux-x64"), p => p.IsError && p.Message.Contains("linux-x64", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manifest_with_code_in_it_is_rejected()
    {
        Assert.Contains(Check(Valid.Replace("\"PackageType\":\"Zip\"", "\"PackageType\":\"Zip\",\"Code\":{\"ZipFile\":\"AA==\"}")), p => p.IsError && p.Code == "LGD015");
    }

    private static IReadOnlyList<ManifestProblem> CheckWith(string json, Dictionary<string, RuleLevel>? severities = null, BuildSettings? build = null) =>
        ManifestCheck.Check(new FunctionManifest("/out/lambda/fn.json", JsonNode.Parse(json)!.AsObject(), severities, build), null);

    [Fact]
    public void A_rule_the_build_lowered_is_a_warning_or_nothing_and_one_it_raised_is_an_error()
    {
        var unknown = Valid.Replace("dotnet10", "dotnet12");
        Assert.Contains(CheckWith(unknown), p => p.IsError && p.Code == "LG0005");
        var warning = Assert.Single(CheckWith(unknown, new() { ["LG0005"] = RuleLevel.Warning }), p => p.Code == "LG0005");
        Assert.False(warning.IsError);
        Assert.EndsWith("(in manifest /out/lambda/fn.json) [LG0005 is warning in this project]", warning.Message);
        Assert.DoesNotContain(CheckWith(unknown, new() { ["LG0005"] = RuleLevel.None }), p => p.Code == "LG0005");
        Assert.DoesNotContain(CheckWith(unknown, new() { ["LG0005"] = RuleLevel.Silent }), p => p.Code == "LG0005");

        var deprecated = Valid.Replace("dotnet10", "dotnet8");
        Assert.False(Assert.Single(CheckWith(deprecated), p => p.Code == "LG0007").IsError);
        Assert.True(Assert.Single(CheckWith(deprecated, new() { ["LG0007"] = RuleLevel.Error }), p => p.Code == "LG0007").IsError);
    }

    [Fact]
    public void The_builds_target_framework_and_memory_ceiling_are_checked_and_a_manifest_without_them_is_not()
    {
        var dotnet8 = Valid.Replace("dotnet10", "dotnet8");
        Assert.DoesNotContain(CheckWith(dotnet8), p => p.Code == "LG0008");
        var mismatch = Assert.Single(CheckWith(dotnet8, build: new BuildSettings("net10.0", null, null)), p => p.Code == "LG0008");
        Assert.True(mismatch.IsError);
        Assert.Contains("net10.0", mismatch.Message);
        Assert.Empty(CheckWith(Valid, build: new BuildSettings("net10.0", null, null)));

        Assert.Empty(CheckWith(Valid, build: new BuildSettings(null, null, 512)));
        Assert.Contains(CheckWith(Valid, build: new BuildSettings(null, null, 256)), p => p.IsError && p.Code == "LG0010" && p.Message.Contains("LambdaMaxMemorySize", StringComparison.Ordinal));
    }

    [Fact]
    public void The_builds_runtime_identifier_is_used_unless_the_publish_names_one()
    {
        var build = new BuildSettings(null, "linux-x64", null);
        var manifest = new FunctionManifest("/out/lambda/fn.json", JsonNode.Parse(Valid)!.AsObject(), null, build);
        Assert.Contains(ManifestCheck.Check(manifest, null), p => p.IsError && p.Code == "LG0058");
        Assert.DoesNotContain(ManifestCheck.Check(manifest, "linux-arm64"), p => p.Code == "LG0058");
    }
}
