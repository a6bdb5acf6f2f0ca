using System.Text.Json.Nodes;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>Reading and re-checking the other operations' manifests (functions.json "Operations").</summary>
public sealed class OperationManifestTests
{
    private const string Valid = """
        {"FunctionName":"fn","Runtime":"dotnet10","Handler":"App::App.F::H","Role":"arn:aws:iam::123456789012:role/r",
         "MemorySize":512,"Timeout":30,"PackageType":"Zip","Publish":true}
        """;

    private static OperationManifest Op(string operation, string? alias, string json) =>
        new(operation, alias, $"/out/lambda/fn.{operation}{(alias is null ? "" : "." + alias)}.json", JsonNode.Parse(json)!.AsObject());

    private static IReadOnlyList<ManifestProblem> Check(params OperationManifest[] operations) =>
        ManifestCheck.Check(new FunctionManifest("/out/lambda/fn.json", JsonNode.Parse(Valid)!.AsObject()) { Operations = operations }, null);

    [Fact]
    public void Valid_operation_manifests_have_no_problems()
    {
        var problems = Check(
            Op("PutFunctionConcurrency", null, """{"FunctionName":"fn","ReservedConcurrentExecutions":10}"""),
            Op("CreateAlias", "live", """{"FunctionName":"fn","Name":"live","Description":"d"}"""),
            Op("PutProvisionedConcurrencyConfig", "live", """{"FunctionName":"fn","Qualifier":"live","ProvisionedConcurrentExecutions":2}"""),
            Op("CreateFunctionUrlConfig", null, """{"FunctionName":"fn","AuthType":"AWS_IAM","Qualifier":"live"}"""),
            Op("PutFunctionEventInvokeConfig", null, """{"FunctionName":"fn","MaximumRetryAttempts":1}"""));

        Assert.DoesNotContain(problems, p => p.IsError);
    }

    [Theory]
    [InlineData("PutFunctionConcurrency", null, """{"FunctionName":"fn","ReservedConcurrentExecutions":-1}""", "LG0078")]
    [InlineData("CreateFunctionUrlConfig", null, """{"FunctionName":"fn","AuthType":"OPEN"}""", "LG0085")]
    [InlineData("PutFunctionEventInvokeConfig", null, """{"FunctionName":"fn","MaximumRetryAttempts":5}""", "LG0092")]
    public void An_out_of_range_value_is_reported_in_the_operation_manifest(string operation, string? alias, string json, string rule)
    {
        var op = Op(operation, alias, json);

        var problem = Assert.Single(Check(op), p => p.IsError);

        Assert.Equal(rule, problem.Code);
        Assert.Equal(op.ManifestPath, problem.File);
        Assert.Contains("in manifest " + op.ManifestPath, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Provisioned_concurrency_below_1_is_reported_in_the_provisioned_manifest()
    {
        var alias = Op("CreateAlias", "live", """{"FunctionName":"fn","Name":"live"}""");
        var provisioned = Op("PutProvisionedConcurrencyConfig", "live", """{"FunctionName":"fn","Qualifier":"live","ProvisionedConcurrentExecutions":0}""");

        var problem = Assert.Single(Check(alias, provisioned), p => p.IsError);

        Assert.Equal("LG0091", problem.Code);
        Assert.Equal(provisioned.ManifestPath, problem.File);
    }

    [Fact]
    public void A_wrongly_typed_value_and_an_unknown_member_name_the_operation_file()
    {
        var op = Op("CreateAlias", "live", """{"FunctionName":"fn","Name":"live","Description":5,"FunctionVersion":"3"}""");

        var problems = Check(op);

        var wrong = Assert.Single(problems, p => p.Code == "LGD016");
        Assert.Equal(op.ManifestPath, wrong.File);
        Assert.Contains("Description is 5; it must be a string", wrong.Message, StringComparison.Ordinal);
        var ignored = Assert.Single(problems, p => p.Code == "LGD015");
        Assert.False(ignored.IsError);
        Assert.Contains("FunctionVersion", ignored.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- ManifestLoader

    private static (string Dir, string Index) Write(TempDir dir, string operationsJson, params (string File, string Json)[] files)
    {
        File.WriteAllText(Path.Combine(dir.Path, "fn.json"), Valid);
        foreach (var (file, json) in files)
        {
            File.WriteAllText(Path.Combine(dir.Path, file), json);
        }
        string index = Path.Combine(dir.Path, "functions.json");
        File.WriteAllText(index, $$"""{"Functions":[{"FunctionName":"fn","Manifest":"fn.json","PackageType":"Zip","Operations":{{operationsJson}}}]}""");
        return (dir.Path, index);
    }

    [Fact]
    public void The_loader_reads_each_listed_operation_manifest()
    {
        using var dir = new TempDir();
        var (path, _) = Write(dir, """[{"Operation":"CreateAlias","Alias":"live","Manifest":"fn.alias.live.json"},{"Operation":"CreateFunctionUrlConfig","Manifest":"fn.url.json"}]""",
            ("fn.alias.live.json", """{"FunctionName":"fn","Name":"live"}"""), ("fn.url.json", """{"FunctionName":"fn","AuthType":"NONE"}"""));

        var manifest = Assert.Single(ManifestLoader.Load(path));

        Assert.Equal(["CreateAlias", "CreateFunctionUrlConfig"], manifest.Operations.Select(o => o.Operation));
        Assert.Equal("live", manifest.Operations[0].Alias);
        Assert.Equal(Path.Combine(path, "fn.url.json"), manifest.Operations[1].ManifestPath);
        Assert.Equal("""{"AuthType":"NONE"}""", manifest.Operations[1].RequestBody().ToJsonString());
    }

    [Theory]
    [InlineData("""[{"Operation":"CreateFunctionUrlConfig","Manifest":"missing.json"}]""", "", "", "LGD012", "missing.json", "The CreateFunctionUrlConfig manifest 'missing.json' of function 'fn' listed in functions.json does not exist.")]
    [InlineData("""[{"Operation":"CreateFunctionUrlConfig","Manifest":"fn.url.json"}]""", "fn.url.json", """{"FunctionName":"other","AuthType":"NONE"}""", "LGD013", "fn.url.json", "FunctionName 'other' in the CreateFunctionUrlConfig manifest does not match 'fn' in functions.json; rebuild the project.")]
    [InlineData("""[{"Operation":"CreateFunctionUrlConfig","Manifest":"fn.url.json"}]""", "fn.url.json", "{", "LGD011", "fn.url.json", "The file is not valid JSON")]
    [InlineData("""[{"Operation":"CreateAlias","Alias":"live","Manifest":"fn.alias.live.json"}]""", "fn.alias.live.json", """{"FunctionName":"fn","Name":"beta"}""", "LGD013", "fn.alias.live.json", "Name 'beta' in the CreateAlias manifest does not match the alias 'live' in functions.json; rebuild the project.")]
    [InlineData("""[{"Operation":"CreateAlias","Manifest":"fn.alias.live.json"}]""", "fn.alias.live.json", """{"FunctionName":"fn","Name":"live"}""", "LGD011", "functions.json", "The CreateAlias entry of function 'fn' in functions.json has no Alias; it is written once per alias.")]
    [InlineData("""[{"Operation":"PutRuntimeManagementConfig","Manifest":"fn.x.json"}]""", "fn.x.json", """{"FunctionName":"fn"}""", "LGD011", "functions.json", "Function 'fn' in functions.json lists the operation 'PutRuntimeManagementConfig', which this deploy does not know")]
    [InlineData("""{"Operation":"CreateAlias"}""", "", "", "LGD011", "functions.json", "\"Operations\" of function 'fn' in functions.json must be an array")]
    public void A_bad_operation_entry_or_file_is_an_error_naming_the_file(string operations, string file, string json, string code, string named, string message)
    {
        using var dir = new TempDir();
        var (path, _) = file.Length == 0 ? Write(dir, operations) : Write(dir, operations, (file, json));

        var ex = Assert.Throws<DeployException>(() => ManifestLoader.Load(path));

        Assert.Equal(code, ex.Code);
        Assert.Equal(Path.Combine(path, named), ex.File);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
