using System.Text;
using System.Text.Json.Nodes;
using LambdaGen.ControlPlane;
using LambdaGen.Core.Fields;
using LambdaGen.Generator.Tests.Harness;
using LambdaGen.Testing;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// Sends every manifest of the other operations the generator records (<c>LambdaGen.Operation:&lt;function&gt;|&lt;operation&gt;[|&lt;alias&gt;]</c>
/// metadata) through the real AWS CLI (<c>aws lambda &lt;operation&gt; --cli-input-json</c>) to the local control plane.
/// The CLI validates each input against its service model before sending (unknown members, wrong types), and the
/// request it sends must carry the manifest unchanged: the body equals the manifest without the members the model
/// puts in the URI (FunctionName) and the query (Qualifier), and those are in the path and query. CreateAlias is given
/// <c>--function-version</c> (the manifest leaves it out: it exists only at deploy time) after a version is published.
/// Each function is created first from its own CreateFunction manifest, and the operations run in the deploy's order
/// (so the URL on alias <c>live</c> finds the alias).
/// </summary>
public sealed class CliOperationConformanceTests
{
    /// <summary>The CLI's command for each operation.</summary>
    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        [Operations.PutFunctionConcurrency.Name] = "put-function-concurrency",
        [Operations.CreateAlias.Name] = "create-alias",
        [Operations.PutProvisionedConcurrencyConfig.Name] = "put-provisioned-concurrency-config",
        [Operations.CreateFunctionUrlConfig.Name] = "create-function-url-config",
        [Operations.PutFunctionEventInvokeConfig.Name] = "put-function-event-invoke-config",
    };

    /// <summary>The request members of these five operations the model binds to the URI or the query string, not the body.</summary>
    private static readonly string[] NotInTheBody = { "FunctionName", "Qualifier" };

    /// <summary>The test cases whose handlers declare other operations.</summary>
    public static IEnumerable<object[]> CasesWithOperations() => new[] { "Storefront", "MsBuildDefaults" }.Select(n => new object[] { n });

    [Fact]
    public void TheCasesCoverEveryOperation()
    {
        // CreateEventSourceMapping goes through the CLI in EventSourceManifestTests (this plane has no mappings).
        var operations = CasesWithOperations().SelectMany(c => GeneratorHarness.Run(TestCases.Get((string)c[0], awsSdk: false)).OperationManifests.Keys)
            .Select(k => k.Split('|')[1]).Where(o => o != Operations.CreateEventSourceMapping.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Commands.Keys.OrderBy(k => k, StringComparer.Ordinal), operations.OrderBy(k => k, StringComparer.Ordinal));
        // No case outside these declares any.
        foreach (var name in TestCases.Names.Except(CasesWithOperations().Select(c => (string)c[0])))
        {
            Assert.DoesNotContain(GeneratorHarness.Run(TestCases.Get(name, awsSdk: false)).OperationManifests, m => m.Key.Split('|')[1] != Operations.CreateEventSourceMapping.Name);
        }
    }

    [Theory]
    [MemberData(nameof(CasesWithOperations))]
    public async Task CliAcceptsEveryOperationManifest_AndSendsItUnchanged(string name)
    {
        var result = GeneratorHarness.Run(TestCases.Get(name, awsSdk: false));
        var functions = result.Manifests.Values.Select(m => JsonNode.Parse(m)!.AsObject()).ToDictionary(m => (string)m["FunctionName"]!, StringComparer.Ordinal);
        var order = Operations.All.Select(o => o.Name).ToList();
        // Stable: the aliases of a function keep their declaration order.
        var manifests = result.OperationManifests
            .Select(m => (Parts: m.Key.Split('|'), Json: m.Value))
            .OrderBy(m => m.Parts[0], StringComparer.Ordinal)
            .ThenBy(m => order.IndexOf(m.Parts[1]))
            .ToList();
        Assert.NotEmpty(manifests);

        await using var plane = await LambdaControlPlane.StartAsync(new LambdaControlPlaneOptions
        {
            SettleDelay = TimeSpan.FromMilliseconds(10),
            ProvisionedConcurrencyDelay = TimeSpan.FromMilliseconds(10),
        });
        var options = new LambdaControlPlaneOptions();
        var target = new AwsCliTarget(plane.Endpoint.ToString(), options.AccessKeyId, options.SecretAccessKey, options.Region) { MaxAttempts = 1 };
        var directory = Directory.CreateTempSubdirectory("lambdagen-cli-ops-");
        try
        {
            var versions = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (parts, json) in manifests)
            {
                var (function, operation) = (parts[0], parts[1]);
                if (!versions.TryGetValue(function, out var version))
                {
                    plane.SeedFunction(function, createFunctionRequestJson: functions[function].ToJsonString());
                    var published = await AwsCli.RunAsync(target, "lambda", "publish-version", "--function-name", function);
                    Assert.True(published.ExitCode == 0, published.StdErr);
                    versions[function] = version = published.Json.GetProperty("Version").GetString()!;
                }

                var input = Path.Combine(directory.FullName, $"{function}.{operation}.{parts.ElementAtOrDefault(2)}.json");
                await File.WriteAllTextAsync(input, json, new UTF8Encoding(false));
                var args = new List<string> { "lambda", Commands[operation], "--cli-input-json", "file://" + input };
                if (operation == Operations.CreateAlias.Name)
                {
                    args.AddRange(new[] { "--function-version", version });
                }

                var before = plane.Requests.Count;
                var cli = await AwsCli.RunAsync(target, args, timeout: null);
                var what = string.Join("|", parts);
                Assert.True(cli.ExitCode == 0, $"aws lambda {Commands[operation]} rejected {what} (exit {cli.ExitCode}):\n{cli.StdErr}\nmanifest: {json}");

                var request = Assert.Single(plane.Requests.Skip(before));
                Assert.Equal(operation, request.Operation);
                Assert.InRange(request.StatusCode, 200, 299);

                var manifest = JsonNode.Parse(json)!.AsObject();
                Assert.Contains("/functions/" + Uri.EscapeDataString((string)manifest["FunctionName"]!) + "/", request.Path);
                var qualifier = (string?)manifest["Qualifier"];
                Assert.Equal(qualifier is null ? null : "Qualifier=" + Uri.EscapeDataString(qualifier),
                    request.Query.Split('&').FirstOrDefault(q => q.StartsWith("Qualifier=", StringComparison.Ordinal)));

                var expected = manifest.DeepClone().AsObject();
                foreach (var member in NotInTheBody)
                {
                    expected.Remove(member);
                }

                if (operation == Operations.CreateAlias.Name)
                {
                    expected["FunctionVersion"] = version;
                }

                JsonCompare.AssertEqual(expected, JsonNode.Parse(request.Body), $"body the CLI sent for {what}");
            }

            // What the plane now holds is what was declared.
            if (name == "Storefront")
            {
                var api = plane.ResourcesOf("storefront-api")!;
                Assert.Equal(new[] { "2024-q1_canary", "live" }, api.Aliases.Select(a => a.Name).OrderBy(a => a, StringComparer.Ordinal));
                Assert.All(api.Aliases, a => Assert.Equal(versions["storefront-api"], a.FunctionVersion));
                Assert.Equal(50, api.ReservedConcurrency);
                Assert.Equal(5, api.ProvisionedConcurrency["live"].Requested);
                Assert.Equal(new[] { "live" }, api.FunctionUrlConfigs.Keys);
                Assert.Equal(new[] { "$LATEST" }, api.EventInvokeConfigs.Keys);
                var webhook = plane.ResourcesOf("storefront-webhook")!;
                Assert.Equal(20, webhook.ReservedConcurrency);
                Assert.Equal(new[] { "$LATEST" }, webhook.FunctionUrlConfigs.Keys);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The CLI checks these operations' inputs too: an unknown member never reaches the wire.</summary>
    [Fact]
    public async Task CliRejectsAnUnknownMemberOfAnOperation_SoTheCheckHasTeeth()
    {
        await using var plane = await LambdaControlPlane.StartAsync(new LambdaControlPlaneOptions { SettleDelay = TimeSpan.FromMilliseconds(10) });
        var options = new LambdaControlPlaneOptions();
        var target = new AwsCliTarget(plane.Endpoint.ToString(), options.AccessKeyId, options.SecretAccessKey, options.Region) { MaxAttempts = 1 };
        var directory = Directory.CreateTempSubdirectory("lambdagen-cli-ops-");
        try
        {
            var input = Path.Combine(directory.FullName, "input.json");
            await File.WriteAllTextAsync(input, "{\"FunctionName\":\"f\",\"AuthType\":\"NONE\",\"Bogus\":1}");
            var cli = await AwsCli.RunAsync(target, "lambda", "create-function-url-config", "--cli-input-json", "file://" + input);
            Assert.NotEqual(0, cli.ExitCode);
            Assert.Contains("Bogus", cli.StdErr);
            Assert.Empty(plane.Requests);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
