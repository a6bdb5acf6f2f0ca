using System.Text.Json.Nodes;
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
}
