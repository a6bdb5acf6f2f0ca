using LambdaGen.ControlPlane;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>
/// samples/OrdersApi published through the CloudFormation engine: the template the build writes for what a function owns
/// (a version, two aliases with provisioned concurrency, a function URL on an alias, reserved concurrency, asynchronous
/// invocation config, the CodeSha256 parameter) becomes a stack, and the plane's Lambda state is what the direct deploy
/// makes. A second publish is an empty change set.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CloudFormationOperationsOnPublishTests : IAsyncLifetime
{
    private const string Bucket = "orders-api-stack-code";
    private const string Stack = "orders-api-dev";

    private readonly LambdaControlPlaneOptions _options = new() { SettleDelay = TimeSpan.FromMilliseconds(100), RejectUnknownS3Buckets = true };
    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _log;
    private LambdaControlPlane _plane = null!;

    public CloudFormationOperationsOnPublishTests(PackageFixture package, ITestOutputHelper log)
    {
        _package = package;
        _log = log;
    }

    public async Task InitializeAsync()
    {
        _plane = await LambdaControlPlane.StartAsync(_options);
        _plane.CreateBucket(Bucket);
    }

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    private CommandResult Publish(UserProject project, params string[] extra)
    {
        _plane.ClearRequests();
        var result = LocalDeploy.Publish(project, _plane, _options,
            ["-p:LambdaDeployEngine=CloudFormation", $"-p:LambdaStackName={Stack}", $"-p:LambdaS3Bucket={Bucket}",
             $"-p:LambdaCloudFormationEndpoint={_plane.CloudFormationEndpoint}", $"-p:LambdaS3Endpoint={_plane.S3Endpoint}", .. extra]);
        _log.WriteLine(result.ToString());
        return result;
    }

    [Fact]
    public void The_generated_template_of_a_function_with_aliases_a_URL_and_concurrency_deploys_as_a_stack()
    {
        var project = _package.CreateProject("OrdersApi");
        project.CopySample("OrdersApi");

        var result = Publish(project);

        Assert.True(result.ExitCode == 0, "The publish with deploy failed:\n" + result);
        var stack = _plane.Stacks[Stack];
        Assert.Equal("CREATE_COMPLETE", stack.Status);
        Assert.Equal(
            ["AWS::Lambda::Alias", "AWS::Lambda::Alias", "AWS::Lambda::EventInvokeConfig", "AWS::Lambda::EventInvokeConfig", "AWS::Lambda::Function", "AWS::Lambda::Function", "AWS::Lambda::Url", "AWS::Lambda::Version"],
            stack.Resources.Values.Select(r => r.Type).Order(StringComparer.Ordinal));
        var code = Assert.Single(_plane.S3Objects.Values);
        Assert.Equal(code.CodeSha256, stack.Parameters["CodeSha256"]);

        var api = _plane.ResourcesOf("orders-api")!;
        Assert.Equal(50, api.ReservedConcurrency);
        Assert.Equal([("canary", "1"), ("live", "1")], api.Aliases.Select(a => (a.Name, a.FunctionVersion)).Order());
        Assert.Equal(["live"], api.ProvisionedConcurrency.Keys);
        Assert.Equal(["live"], api.FunctionUrlConfigs.Keys);
        Assert.Equal(code.CodeSha256, _plane.Functions["orders-api"].Versions.Single(v => v.Version == "1").CodeSha256);
        Assert.NotEmpty(_plane.ResourcesOf("orders-events")!.EventInvokeConfigs);

        var again = Publish(project, "--no-restore");

        Assert.True(again.ExitCode == 0, "The second publish failed:\n" + again);
        Assert.DoesNotContain(_plane.Requests, r => r.Operation is "ExecuteChangeSet" or "PutObject");
        Assert.Contains(LocalDeploy.DeployLines(again), l => l.StartsWith($"LambdaDeploy: stack {Stack}: no change", StringComparison.Ordinal));
    }
}
