using System.Text.Json;
using System.Text.Json.Nodes;
using LambdaGen.ControlPlane;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>samples/OrdersApi (copied as a user's project) and the control plane the steps of <see cref="OperationsDeployOnPublishTests"/> share.</summary>
public sealed class OrdersApiDeployment : IAsyncLifetime
{
    public LambdaControlPlaneOptions Options { get; } = new()
    {
        SettleDelay = TimeSpan.FromMilliseconds(100),
        ProvisionedConcurrencyDelay = TimeSpan.FromMilliseconds(300),
    };

    public LambdaControlPlane Plane { get; private set; } = null!;

    public int CompletedSteps { get; private set; }

    private UserProject? _project;

    public UserProject Project(PackageFixture package)
    {
        if (_project is null)
        {
            _project = package.CreateProject("OrdersApi");
            _project.CopySample("OrdersApi");
        }
        return _project;
    }

    public void Require(int step) =>
        Assert.True(CompletedSteps == step - 1, $"Step {step} builds on steps 1..{step - 1}, but only {CompletedSteps} passed; see the first failing step.");

    public void Passed(int step) => CompletedSteps = step;

    public async Task InitializeAsync() => Plane = await LambdaControlPlane.StartAsync(Options);

    public async Task DisposeAsync() => await Plane.DisposeAsync();
}

/// <summary>
/// `dotnet publish -p:LambdaDeploy=true` of samples/OrdersApi against the control plane: the configuration beyond
/// CreateFunction (function URL, aliases, reserved and provisioned concurrency, asynchronous invocation) is owned by the
/// code. The first deploy creates all of it, a second changes nothing, removing an attribute removes that configuration,
/// and changing one alias's provisioned concurrency touches only that.
/// </summary>
/// <remarks>
/// Every change to an attribute is also a new assembly (the manifests are compiled into it as assembly metadata), so the
/// steps that edit the source also update both functions' code, publish a new version of orders-api (Publish = true) and
/// move its two aliases to it. <see cref="ConfigurationWrites"/> is what remains once those are set aside.
/// </remarks>
[Collection(PackageCollection.Name)]
[TestCaseOrderer(StepOrderer.TypeName, StepOrderer.AssemblyName)]
public sealed class OperationsDeployOnPublishTests : IClassFixture<OrdersApiDeployment>
{
    private const string Api = "orders-api";
    private const string Events = "orders-events";

    private readonly PackageFixture _package;
    private readonly OrdersApiDeployment _deployment;
    private readonly ITestOutputHelper _log;

    public OperationsDeployOnPublishTests(PackageFixture package, OrdersApiDeployment deployment, ITestOutputHelper log)
    {
        _package = package;
        _deployment = deployment;
        _log = log;
    }

    private LambdaControlPlane Plane => _deployment.Plane;

    private UserProject Project => _deployment.Project(_package);

    private CommandResult Publish(params string[] extra)
    {
        Plane.ClearRequests();
        var result = LocalDeploy.Publish(Project, Plane, _deployment.Options, extra);
        _log.WriteLine(result.ToString());
        _log.WriteLine("requests:\n  " + string.Join("\n  ", Plane.Requests.Select(r => $"{r.Method} {r.Path}?{r.Query} -> {r.StatusCode} {LocalDeploy.Describe(r)} {(r.Body.Length > 300 ? r.Body[..300] + "…" : r.Body)}")));
        return result;
    }

    private static void Succeeded(CommandResult result) => Assert.True(result.ExitCode == 0, "The publish with deploy failed:\n" + result);

    private void EditSource(string from, string to)
    {
        var path = Path.Combine(Project.Directory, "OrdersApi.cs");
        var source = File.ReadAllText(path);
        Assert.True(source.Contains(from, StringComparison.Ordinal), $"OrdersApi.cs (copied from samples/OrdersApi) no longer contains:\n{from}");
        File.WriteAllText(path, source.Replace(from, to, StringComparison.Ordinal));
    }

    private IReadOnlyList<string> Writes() => LocalDeploy.Writes(Plane.Requests);

    /// <summary>The writes that are not the code update, the publish or an alias moving to the published version.</summary>
    private IReadOnlyList<string> ConfigurationWrites(string newVersion) =>
        Plane.Requests.Where(r => r.Method != "GET")
            .Where(r => r.Operation is not ("UpdateFunctionCode" or "PublishVersion") && !IsAliasMove(r, newVersion))
            .Select(LocalDeploy.Describe).Order(StringComparer.Ordinal).ToList();

    private static bool IsAliasMove(RecordedRequest r, string version)
    {
        if (r.Operation != "UpdateAlias")
        {
            return false;
        }

        using var body = JsonDocument.Parse(r.Body);
        return body.RootElement.TryGetProperty("FunctionVersion", out var v) && v.GetString() == version
            && !body.RootElement.TryGetProperty("RoutingConfig", out _);
    }

    private static string[] Sorted(params string[] items) => items.Order(StringComparer.Ordinal).ToArray();

    private FunctionResourcesState Resources(string function)
    {
        var resources = Plane.ResourcesOf(function);
        Assert.True(resources is not null, $"{function} does not exist on the plane");
        return resources;
    }

    /// <summary>The highest published version of orders-api.</summary>
    private string LatestVersion() => Plane.Functions[Api].Versions.Select(v => v.Version).Where(v => v.All(char.IsAsciiDigit)).MaxBy(int.Parse) ?? "$LATEST";

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>The whole declared configuration of both functions, as the plane holds it.</summary>
    private void AssertDeployedAsDeclared(string version, int liveProvisioned, bool apiAsync)
    {
        var api = Resources(Api);
        Assert.Equal(50, api.ReservedConcurrency);
        Assert.Equal(
            [("canary", version, "the same version, without warm capacity"), ("live", version, "production traffic")],
            api.Aliases.Select(a => (a.Name, a.FunctionVersion, a.Description)).Order());
        var provisioned = Assert.Single(api.ProvisionedConcurrency);
        Assert.Equal(("live", liveProvisioned, "READY"), (provisioned.Key, provisioned.Value.Requested, provisioned.Value.Status));

        var url = Assert.Single(api.FunctionUrlConfigs);
        Assert.Equal("live", url.Key);
        var urlConfig = Parse(url.Value);
        Assert.Equal("AWS_IAM", (string?)urlConfig["AuthType"]);
        Assert.Equal("BUFFERED", (string?)urlConfig["InvokeMode"]);
        Assert.Equal(
            """{"AllowCredentials":true,"AllowHeaders":["content-type"],"AllowMethods":["GET","POST"],"AllowOrigins":["https://shop.example.com"],"ExposeHeaders":["x-request-id"],"MaxAge":300}""",
            Canonical(urlConfig["Cors"]));
        // AWS_IAM: the deploy adds no public resource-policy statement.
        Assert.DoesNotContain(api.Policies, p => p.Value.Contains("\"Principal\":\"*\"", StringComparison.Ordinal));

        if (apiAsync)
        {
            var config = Parse(Assert.Single(api.EventInvokeConfigs, c => c.Key == "$LATEST").Value);
            Assert.Equal((1, 3600), ((int)config["MaximumRetryAttempts"]!, (int)config["MaximumEventAgeInSeconds"]!));
            Assert.Equal("arn:aws:sqs:us-east-1:123456789012:orders-api-done", (string?)config["DestinationConfig"]!["OnSuccess"]!["Destination"]);
            Assert.Equal("arn:aws:sns:us-east-1:123456789012:orders-api-failed", (string?)config["DestinationConfig"]!["OnFailure"]!["Destination"]);
        }
        else
        {
            Assert.Empty(api.EventInvokeConfigs);
        }

        var events = Resources(Events);
        Assert.Equal(10, events.ReservedConcurrency); // from the LambdaReservedConcurrentExecutions MSBuild property
        Assert.Empty(events.Aliases);
        Assert.Empty(events.FunctionUrlConfigs);
        Assert.Empty(events.ProvisionedConcurrency);
        var eventsConfig = Parse(Assert.Single(events.EventInvokeConfigs, c => c.Key == "$LATEST").Value);
        Assert.Equal(1, (int)eventsConfig["MaximumRetryAttempts"]!);
        Assert.Equal("arn:aws:s3:::orders-api-failed-events", (string?)eventsConfig["DestinationConfig"]!["OnFailure"]!["Destination"]);
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };

    [Fact, Step(1)]
    public void Step1_first_deploy_creates_the_functions_and_every_declared_configuration()
    {
        _deployment.Require(1);

        var result = Publish();

        Succeeded(result);
        Assert.Equal(Sorted(
            $"CreateFunction {Api} 201", $"CreateFunction {Events} 201",
            $"PutFunctionConcurrency {Api} 200", $"PutFunctionConcurrency {Events} 200",
            $"CreateAlias {Api} 201", $"CreateAlias {Api} 201",
            $"PutProvisionedConcurrencyConfig {Api} 202",
            $"CreateFunctionUrlConfig {Api} 201",
            $"PutFunctionEventInvokeConfig {Api} 200", $"PutFunctionEventInvokeConfig {Events} 200"), Writes());
        Assert.Equal("1", LatestVersion()); // CreateFunction with Publish = true
        AssertDeployedAsDeclared("1", liveProvisioned: 5, apiAsync: true);
        // The deploy waited for the provisioned concurrency: it read it (Get or List) until READY.
        Assert.Contains(Plane.Requests, r => r.Operation is "GetProvisionedConcurrencyConfig" or "ListProvisionedConcurrencyConfigs" && r.StatusCode == 200);

        // Each configuration has its own manifest beside <function>.json (Operation.ManifestSuffix).
        var manifests = Directory.GetFiles(Project.ReleaseManifestDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in new[]
                 {
                     "orders-api.json", "orders-api.concurrency.json", "orders-api.alias.live.json", "orders-api.alias.canary.json",
                     "orders-api.provisioned.live.json", "orders-api.url.json", "orders-api.async.json",
                     "orders-events.json", "orders-events.concurrency.json", "orders-events.async.json",
                 })
        {
            Assert.True(manifests.Contains(file), $"lambda/{file} was not written; lambda/ has: {string.Join(", ", manifests)}");
        }

        _deployment.Passed(1);
    }

    [Fact, Step(2)]
    public void Step2_second_deploy_makes_no_write_call()
    {
        _deployment.Require(2);
        var before = (Resources(Api), Resources(Events));

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.NotEmpty(Plane.Requests);
        Assert.True(Writes().Count == 0, "The second deploy wrote:\n  " + string.Join("\n  ", Writes()));
        var after = (Resources(Api), Resources(Events));
        Assert.Equal(before.Item1.Aliases.Select(a => a.RevisionId).Order(), after.Item1.Aliases.Select(a => a.RevisionId).Order());
        Assert.Equal("1", LatestVersion());
        AssertDeployedAsDeclared("1", liveProvisioned: 5, apiAsync: true);
        _deployment.Passed(2);
    }

    [Fact, Step(3)]
    public void Step3_removing_LambdaAsyncInvoke_deletes_that_functions_event_invoke_config_and_nothing_else()
    {
        _deployment.Require(3);
        EditSource("""
                [LambdaAsyncInvoke(MaximumRetryAttempts = 1, MaximumEventAgeInSeconds = 3600,
                    OnSuccess = "arn:aws:sqs:us-east-1:123456789012:orders-api-done",
                    OnFailure = "arn:aws:sns:us-east-1:123456789012:orders-api-failed")]

            """, "");

        var result = Publish("--no-restore");

        Succeeded(result);
        var version = LatestVersion();
        Assert.Equal("2", version);
        Assert.Equal([$"DeleteFunctionEventInvokeConfig {Api} 204"], ConfigurationWrites(version));
        Assert.Equal(Sorted(
            $"UpdateFunctionCode {Api} 200", $"UpdateFunctionCode {Events} 200", $"PublishVersion {Api} 201",
            $"UpdateAlias {Api} 200", $"UpdateAlias {Api} 200",
            $"DeleteFunctionEventInvokeConfig {Api} 204"), Writes());
        AssertDeployedAsDeclared(version, liveProvisioned: 5, apiAsync: false);
        Assert.False(File.Exists(Path.Combine(Project.ReleaseManifestDirectory, "orders-api.async.json")), "The stale orders-api.async.json manifest was not removed.");
        _deployment.Passed(3);
    }

    [Fact, Step(4)]
    public void Step4_changing_one_aliases_provisioned_concurrency_puts_only_that()
    {
        _deployment.Require(4);
        var canaryBefore = Resources(Api).Aliases.Single(a => a.Name == "canary");
        EditSource("ProvisionedConcurrentExecutions = 5", "ProvisionedConcurrentExecutions = 8");

        var result = Publish("--no-restore");

        Succeeded(result);
        var version = LatestVersion();
        Assert.Equal("3", version);
        Assert.Equal([$"PutProvisionedConcurrencyConfig {Api} 202"], ConfigurationWrites(version));
        var put = Plane.Requests.Single(r => r.Operation == "PutProvisionedConcurrencyConfig");
        Assert.Contains("Qualifier=live", put.Query.Split('&'));
        Assert.Equal("""{"ProvisionedConcurrentExecutions":8}""", Canonical(JsonNode.Parse(put.Body)));
        // The aliases only move to the new version: no description, routing or other alias is touched.
        Assert.All(Plane.Requests.Where(r => r.Operation == "UpdateAlias"), r => Assert.True(IsAliasMove(r, version), "not just a move: " + r.Body));
        AssertDeployedAsDeclared(version, liveProvisioned: 8, apiAsync: false);
        Assert.Equal(canaryBefore.Description, Resources(Api).Aliases.Single(a => a.Name == "canary").Description);
        _deployment.Passed(4);
    }
}
