using System.Text.Json.Nodes;
using LambdaGen.ControlPlane;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>A one-function user project and the control plane (Lambda, S3, CloudFormation) the steps of <see cref="CloudFormationDeployOnPublishTests"/> share.</summary>
public sealed class StackDeployment : IAsyncLifetime
{
    public const string Bucket = "cfn-orders-code";

    public LambdaControlPlaneOptions Options { get; } = new() { SettleDelay = TimeSpan.FromMilliseconds(100), RejectUnknownS3Buckets = true };

    public LambdaControlPlane Plane { get; private set; } = null!;

    public int CompletedSteps { get; private set; }

    private UserProject? _project;

    public UserProject Project(PackageFixture package)
    {
        if (_project is null)
        {
            _project = package.CreateProject("CfnOrders");
            _project.WriteProject("<LambdaRole>arn:aws:iam::123456789012:role/cfn-orders</LambdaRole>");
            _project.Write("Function.cs", """
                using LambdaGen;

                namespace CfnOrders;

                public static class Function
                {
                    /// <summary>Echoes its input.</summary>
                    [LambdaFunction(FunctionName = "cfn-orders-echo", MemorySize = 256, Timeout = 30)]
                    public static Stream Echo(Stream input)
                    {
                        var output = new MemoryStream();
                        input.CopyTo(output);
                        output.Position = 0;
                        return output;
                    }
                }
                """);
        }
        return _project;
    }

    public void Require(int step) =>
        Assert.True(CompletedSteps == step - 1, $"Step {step} builds on steps 1..{step - 1}, but only {CompletedSteps} passed; see the first failing step.");

    public void Passed(int step) => CompletedSteps = step;

    public async Task InitializeAsync()
    {
        Plane = await LambdaControlPlane.StartAsync(Options);
        Plane.CreateBucket(Bucket);
    }

    public async Task DisposeAsync() => await Plane.DisposeAsync();
}

/// <summary>
/// `dotnet publish -p:LambdaDeploy=true -p:LambdaDeployEngine=CloudFormation -p:LambdaStackName=…` against the plane: the
/// packed targets and deploy tool upload the code to S3, deploy lambda/template.json as a change set and follow the
/// stack's events. Create, no change (no execute), one changed setting (one Modify), and a refused update that rolls the
/// stack back and fails the build with the resource's reason.
/// </summary>
/// <remarks>Changing an attribute is also a new assembly (the manifests are compiled into it), so the Modify names Code too.</remarks>
[Collection(PackageCollection.Name)]
[TestCaseOrderer(StepOrderer.TypeName, StepOrderer.AssemblyName)]
public sealed class CloudFormationDeployOnPublishTests : IClassFixture<StackDeployment>
{
    private const string Stack = "cfn-orders-dev";
    private const string Function = "cfn-orders-echo";

    private readonly PackageFixture _package;
    private readonly StackDeployment _deployment;
    private readonly ITestOutputHelper _log;

    public CloudFormationDeployOnPublishTests(PackageFixture package, StackDeployment deployment, ITestOutputHelper log)
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
        var result = LocalDeploy.Publish(Project, Plane, _deployment.Options,
            ["-p:LambdaDeployEngine=CloudFormation", $"-p:LambdaStackName={Stack}", $"-p:LambdaS3Bucket={StackDeployment.Bucket}",
             $"-p:LambdaCloudFormationEndpoint={Plane.CloudFormationEndpoint}", $"-p:LambdaS3Endpoint={Plane.S3Endpoint}", .. extra]);
        _log.WriteLine(result.ToString());
        _log.WriteLine("requests:\n  " + string.Join("\n  ", Plane.Requests.Select(LocalDeploy.Describe)));
        return result;
    }

    private static void Succeeded(CommandResult result) => Assert.True(result.ExitCode == 0, "The publish with deploy failed:\n" + result);

    /// <summary>The calls of this run, in order, as "Service Operation"; the deploy makes no Lambda call of its own.</summary>
    private List<string> Calls() => Plane.Requests.Select(r => $"{r.Service} {r.Operation}").ToList();

    private string LogicalId()
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(Project.ReleaseManifestDirectory, "template.json")))!;
        return Assert.Single(template["Resources"]!.AsObject(), r => r.Value!["Type"]!.GetValue<string>() == "AWS::Lambda::Function").Key;
    }

    private int Memory() => Plane.Functions[Function].Configuration.GetProperty("MemorySize").GetInt32();

    private void EditMemory(int from, int to)
    {
        var path = Path.Combine(Project.Directory, "Function.cs");
        var source = File.ReadAllText(path);
        Assert.Contains($"MemorySize = {from}", source);
        File.WriteAllText(path, source.Replace($"MemorySize = {from}", $"MemorySize = {to}", StringComparison.Ordinal));
    }

    [Fact, Step(1)]
    public void Step1_the_first_publish_creates_the_stack_from_a_CREATE_change_set()
    {
        _deployment.Require(1);

        var result = Publish();

        Succeeded(result);
        var lines = LocalDeploy.DeployLines(result);
        var id = LogicalId();
        Assert.Contains($"LambdaDeploy: plan: Add {id} (AWS::Lambda::Function)", lines);
        Assert.Contains($"LambdaDeploy: event: CREATE_COMPLETE {Stack} (AWS::CloudFormation::Stack)", lines);
        Assert.Equal(
        [
            "cloudformation DescribeStacks", "s3 HeadObject", "s3 PutObject", "cloudformation CreateChangeSet", "cloudformation DescribeChangeSet",
            "cloudformation DescribeStackEvents", "cloudformation ExecuteChangeSet", "cloudformation DescribeStackEvents", "cloudformation DescribeStacks",
        ], Calls());
        Assert.Contains(Plane.Requests, r => r.Operation == "CreateChangeSet" && r.Body.Contains("ChangeSetType=CREATE", StringComparison.Ordinal));
        var stack = Plane.Stacks[Stack];
        Assert.Equal("CREATE_COMPLETE", stack.Status);
        Assert.Equal(("AWS::Lambda::Function", Function), stack.Resources[id]);
        var code = Assert.Single(Plane.S3Objects.Values);
        Assert.Equal((StackDeployment.Bucket, code.Key), (stack.Parameters["CodeS3Bucket"], stack.Parameters["CodeS3Key"]));
        var function = Plane.Functions[Function];
        Assert.Equal(("Active", code.CodeSha256, 256), (function.State, function.CodeSha256, Memory()));
        _deployment.Passed(1);
    }

    [Fact, Step(2)]
    public void Step2_publishing_the_same_code_again_is_an_empty_change_set_with_no_execute_and_no_upload()
    {
        _deployment.Require(2);

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.Equal(["cloudformation DescribeStacks", "s3 HeadObject", "cloudformation CreateChangeSet", "cloudformation DescribeChangeSet", "cloudformation DeleteChangeSet"], Calls());
        Assert.Contains(LocalDeploy.DeployLines(result), l => l.StartsWith($"LambdaDeploy: stack {Stack}: no change (the change set is empty: ", StringComparison.Ordinal));
        Assert.Equal("CREATE_COMPLETE", Plane.Stacks[Stack].Status);
        Assert.Empty(Plane.Stacks[Stack].ChangeSets);
        _deployment.Passed(2);
    }

    [Fact, Step(3)]
    public void Step3_a_MemorySize_edit_is_an_UPDATE_change_set_with_one_Modify()
    {
        _deployment.Require(3);
        EditMemory(256, 512);

        var result = Publish("--no-restore");

        Succeeded(result);
        var plan = LocalDeploy.DeployLines(result).Where(l => l.StartsWith("LambdaDeploy: plan: ", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"LambdaDeploy: plan: Modify {LogicalId()} (AWS::Lambda::Function): Code, MemorySize"], plan);
        Assert.Contains(Plane.Requests, r => r.Operation == "CreateChangeSet" && r.Body.Contains("ChangeSetType=UPDATE", StringComparison.Ordinal));
        Assert.Equal("UPDATE_COMPLETE", Plane.Stacks[Stack].Status);
        Assert.Equal(512, Memory());
        _deployment.Passed(3);
    }

    [Fact, Step(4)]
    public void Step4_an_update_the_Lambda_store_refuses_rolls_back_and_fails_the_build_with_the_resource_and_reason()
    {
        _deployment.Require(4);
        EditMemory(512, 1024);
        Plane.Faults.Permanent("UpdateFunctionConfiguration", Function, 400, "InvalidParameterValueException", "MemorySize 1024 is over this account's limit");
        try
        {
            var result = Publish("--no-restore");

            Assert.NotEqual(0, result.ExitCode);
            var id = LogicalId();
            Assert.Contains($"error LGD065: Stack {Stack} ended UPDATE_ROLLBACK_COMPLETE: {id} (AWS::Lambda::Function) UPDATE_FAILED: Resource handler returned message: \"MemorySize 1024 is over this account's limit (Service: Lambda, Status Code: 400)\"", result.Output);
            Assert.Contains($"LambdaDeploy: event: UPDATE_ROLLBACK_COMPLETE {Stack} (AWS::CloudFormation::Stack)", LocalDeploy.DeployLines(result));
            Assert.Equal("UPDATE_ROLLBACK_COMPLETE", Plane.Stacks[Stack].Status);
            Assert.Equal(512, Memory());
        }
        finally
        {
            Plane.Faults.Clear();
        }
        _deployment.Passed(4);
    }
}
