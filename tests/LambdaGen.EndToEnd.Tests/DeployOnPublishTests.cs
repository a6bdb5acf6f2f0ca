using System.Text.Json;
using System.Text.RegularExpressions;
using LambdaGen.ControlPlane;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>
/// The Orders sample (copied as a user's project, consuming the packed package) and the control plane that the steps
/// of <see cref="DeployOnPublishTests"/> share. The plane runs in eu-west-1 because the sample's layer, KMS and
/// dead-letter ARNs are in eu-west-1, and Lambda (like the plane) refuses a layer from another region.
/// </summary>
public sealed class OrdersDeployment : IAsyncLifetime
{
    public LambdaControlPlaneOptions Options { get; } = new() { Region = "eu-west-1", SettleDelay = TimeSpan.FromMilliseconds(100) };

    public LambdaControlPlane Plane { get; private set; } = null!;

    /// <summary>Steps that passed, so a later step can say which earlier failure it depends on.</summary>
    public int CompletedSteps { get; private set; }

    /// <summary>The CodeSha256 every function had after the last passing step.</summary>
    public string DeployedSha { get; set; } = "";

    private UserProject? _project;

    public UserProject Project(PackageFixture package)
    {
        if (_project is null)
        {
            _project = package.CreateProject("Orders");
            _project.CopySample("Orders");
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
/// `dotnet publish -p:LambdaDeploy=true` on a copy of samples/Orders (four functions sharing one assembly) against the
/// in-process control plane: the real targets, the packed deploy tool, real SigV4 and the plane's request log. The steps
/// run in order on one project so each publish only pays for what changed (one restore, incremental builds).
/// </summary>
[Collection(PackageCollection.Name)]
[TestCaseOrderer(StepOrderer.TypeName, StepOrderer.AssemblyName)]
public sealed class DeployOnPublishTests : IClassFixture<OrdersDeployment>
{
    // The sample's FunctionNames with its LambdaFunctionNamePrefix "orders-", in ordinal order.
    private static readonly string[] Functions = ["orders-charge-payments", "orders-create", "orders-get", "orders-nightly-report"];

    private readonly PackageFixture _package;
    private readonly OrdersDeployment _deployment;
    private readonly ITestOutputHelper _log;

    public DeployOnPublishTests(PackageFixture package, OrdersDeployment deployment, ITestOutputHelper log)
    {
        _package = package;
        _deployment = deployment;
        _log = log;
    }

    private LambdaControlPlane Plane => _deployment.Plane;

    private UserProject Project => _deployment.Project(_package);

    /// <summary>One publish with deploy; the plane's request log then holds exactly this run's calls.</summary>
    private CommandResult Publish(params string[] extra)
    {
        Plane.ClearRequests();
        var result = LocalDeploy.Publish(Project, Plane, _deployment.Options, extra);
        _log.WriteLine(result.ToString());
        _log.WriteLine("requests:\n  " + string.Join("\n  ", Plane.Requests.Select(LocalDeploy.Describe)));
        return result;
    }

    private static void Succeeded(CommandResult result) => Assert.True(result.ExitCode == 0, "The publish with deploy failed:\n" + result);

    private void EditHandlers(string from, string to)
    {
        var path = Path.Combine(Project.Directory, "OrderHandlers.cs");
        var source = File.ReadAllText(path);
        Assert.True(source.Contains(from, StringComparison.Ordinal), $"OrderHandlers.cs (copied from samples/Orders) no longer contains '{from}'.");
        File.WriteAllText(path, source.Replace(from, to, StringComparison.Ordinal));
    }

    private IReadOnlyList<string> Writes() => LocalDeploy.Writes(Plane.Requests);

    private static IEnumerable<string> Each(string operation, int status, IEnumerable<string>? functions = null) =>
        (functions ?? Functions).Select(f => $"{operation} {f} {status}");

    private static string[] Sorted(IEnumerable<string> items) => items.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The one CodeSha256 all functions share (they deploy the same publish folder).</summary>
    private string SharedSha()
    {
        var shas = Plane.Functions.Values.Select(f => f.CodeSha256).Distinct().ToList();
        Assert.True(shas.Count == 1, "The functions of one project should share one package, but have: " + string.Join(", ", shas));
        return shas[0];
    }

    /// <summary>The "code sha A -> B" the tool printed for <paramref name="function"/>: its own view of the new package.</summary>
    private static string NewShaFromLog(CommandResult result, string function)
    {
        var line = LocalDeploy.DeployLines(result).FirstOrDefault(l => l.StartsWith($"LambdaDeploy: {function}: updating code: code sha ", StringComparison.Ordinal));
        Assert.True(line is not null, $"No 'updating code' line for {function}:\n{result.Output}");
        return Regex.Match(line, @"-> (\S+)$").Groups[1].Value;
    }

    private int MemoryOf(string function) => Plane.Functions[function].Configuration.GetProperty("MemorySize").GetInt32();

    [Fact, Step(1)]
    public void Step1_dry_run_prints_a_create_plan_per_function_and_makes_only_reads()
    {
        _deployment.Require(1);

        var result = Publish("-p:LambdaDeployDryRun=true");

        Succeeded(result);
        using (var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project.ReleaseManifestDirectory, "functions.json"))))
        {
            Assert.Equal(Functions, index.RootElement.GetProperty("Functions").EnumerateArray().Select(f => f.GetProperty("FunctionName").GetString()).Order(StringComparer.Ordinal));
        }

        var lines = LocalDeploy.DeployLines(result);
        Assert.Contains(lines, l => l.StartsWith("LambdaDeploy: dry run: planning 4 function(s) to http://127.0.0.1:", StringComparison.Ordinal) && l.Contains("(eu-west-1)", StringComparison.Ordinal));
        foreach (var function in Functions)
        {
            Assert.Contains(lines, l => l.StartsWith($"LambdaDeploy: {function}: plan: create (Zip, ", StringComparison.Ordinal));
        }

        Assert.Equal(Sorted(Each("GetFunctionConfiguration", 404)), Sorted(Plane.Requests.Select(LocalDeploy.Describe)));
        Assert.Empty(Plane.Functions);
        _deployment.Passed(1);
    }

    [Fact, Step(2)]
    public void Step2_first_deploy_creates_every_function_with_its_manifest_and_leaves_them_Active()
    {
        _deployment.Require(2);

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.Equal(Sorted(Each("CreateFunction", 201)), Writes());
        var lines = LocalDeploy.DeployLines(result);
        foreach (var function in Functions)
        {
            Assert.Contains($"LambdaDeploy: {function}: created", lines);
            var state = Plane.Functions[function];
            Assert.Equal(("Active", "Successful"), (state.State, state.LastUpdateStatus));

            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project.ReleaseManifestDirectory, function + ".json")));
            var wanted = manifest.RootElement;
            var deployed = state.Configuration;
            foreach (var field in new[] { "Runtime", "Handler", "Role" })
            {
                Assert.Equal(wanted.GetProperty(field).GetString(), deployed.GetProperty(field).GetString());
            }

            foreach (var field in new[] { "MemorySize", "Timeout" })
            {
                Assert.Equal(wanted.GetProperty(field).GetInt32(), deployed.GetProperty(field).GetInt32());
            }

            Assert.Equal(wanted.GetProperty("Architectures")[0].GetString(), deployed.GetProperty("Architectures")[0].GetString());
            Assert.Equal(wanted.GetProperty("Environment").GetProperty("Variables").ToString(), deployed.GetProperty("Environment").GetProperty("Variables").ToString());
            Assert.Equal(wanted.GetProperty("Tags").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!), state.Tags);
        }
        // Values the sample sets in three different places, so the manifests are not all alike.
        Assert.Equal((1024, 256, 512, 3008), (MemoryOf("orders-create"), MemoryOf("orders-get"), MemoryOf("orders-charge-payments"), MemoryOf("orders-nightly-report")));
        _deployment.DeployedSha = SharedSha();
        Assert.True(Plane.Functions.Values.All(f => f.CodeSize > 0));
        _deployment.Passed(2);
    }

    [Fact, Step(3)]
    public void Step3_second_deploy_reports_no_change_and_makes_no_write_call()
    {
        _deployment.Require(3);
        var before = Plane.Functions.ToDictionary(f => f.Key, f => f.Value.RevisionId);

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.NotEmpty(Plane.Requests);
        Assert.All(Plane.Requests, r => Assert.Equal("GET", r.Method));
        var lines = LocalDeploy.DeployLines(result);
        foreach (var function in Functions)
        {
            Assert.Contains($"LambdaDeploy: {function}: no change (code unchanged, sha {_deployment.DeployedSha})", lines);
        }

        Assert.Equal(before, Plane.Functions.ToDictionary(f => f.Key, f => f.Value.RevisionId));
        _deployment.Passed(3);
    }

    [Fact, Step(4)]
    public void Step4_a_handler_body_edit_updates_only_the_code()
    {
        _deployment.Require(4);
        EditHandlers("""return Json(new { id, status = "created" });""", """return Json(new { id, status = "found" });""");

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.Equal(Sorted(Each("UpdateFunctionCode", 200)), Writes());
        var sha = SharedSha();
        Assert.NotEqual(_deployment.DeployedSha, sha);
        Assert.Equal(sha, NewShaFromLog(result, "orders-get"));
        Assert.Equal(256, MemoryOf("orders-get"));
        _deployment.DeployedSha = sha;
        _deployment.Passed(4);
    }

    [Fact, Step(5)]
    public void Step5_a_memory_changed_outside_the_code_is_planned_by_a_dry_run_then_reset_by_configuration_alone()
    {
        _deployment.Require(5);
        Plane.ChangeConfiguration("orders-get", """{"MemorySize":2048}"""); // someone raised it in the console

        var dryRun = Publish("--no-restore", "-p:LambdaDeployDryRun=true");
        Succeeded(dryRun);
        Assert.Empty(Writes());
        var plan = LocalDeploy.DeployLines(dryRun);
        Assert.Contains(plan, l => l.StartsWith("LambdaDeploy: orders-get: plan: update (1 configuration change, code unchanged", StringComparison.Ordinal));
        Assert.Contains("LambdaDeploy: MemorySize: 2048 -> 256", plan.Select(l => Regex.Replace(l, @"^LambdaDeploy: orders-get:\s+", "LambdaDeploy: ")));
        Assert.Equal(2048, MemoryOf("orders-get"));

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.Equal(["UpdateFunctionConfiguration orders-get 200"], Writes());
        var update = Plane.Requests.Single(r => r.Operation == "UpdateFunctionConfiguration");
        using (var body = JsonDocument.Parse(update.Body))
        {
            Assert.Equal("""{"MemorySize":256}""", JsonSerializer.Serialize(body.RootElement));
        }

        Assert.Equal(256, MemoryOf("orders-get"));
        Assert.Equal(_deployment.DeployedSha, SharedSha());
        _deployment.Passed(5);
    }

    [Fact, Step(6)]
    public void Step6_a_MemorySize_attribute_edit_updates_that_functions_configuration_and_rebuilds_the_shared_code()
    {
        _deployment.Require(6);
        EditHandlers("MemorySize = 256", "MemorySize = 320");

        var result = Publish("--no-restore");

        Succeeded(result);
        // The configuration call goes to the one function whose setting changed, with that setting only. The code is
        // updated for all four: the manifests are compiled into the assembly ([assembly: AssemblyMetadata(...)]), so a
        // setting change is also a new Orders.dll, and the zip's SHA-256 differs from the deployed CodeSha256.
        Assert.Equal(Sorted(Each("UpdateFunctionCode", 200).Append("UpdateFunctionConfiguration orders-get 200")), Writes());
        var update = Plane.Requests.Single(r => r.Operation == "UpdateFunctionConfiguration");
        using (var body = JsonDocument.Parse(update.Body))
        {
            Assert.Equal("""{"MemorySize":320}""", JsonSerializer.Serialize(body.RootElement));
        }

        Assert.Equal((320, 1024), (MemoryOf("orders-get"), MemoryOf("orders-create")));
        _deployment.DeployedSha = SharedSha();
        _deployment.Passed(6);
    }

    [Fact, Step(7)]
    public void Step7_throttling_conflicts_server_errors_and_dropped_connections_are_retried_until_the_deploy_converges()
    {
        _deployment.Require(7);
        EditHandlers("status = \"found\"", "status = \"found again\"");
        Plane.ChangeConfiguration("orders-get", """{"MemorySize":1024}""");
        Plane.Faults.Throttle("UpdateFunctionCode", 2, retryAfterSeconds: 1, functionName: "orders-create");
        Plane.Faults.Conflict("UpdateFunctionConfiguration", 1, "orders-get");
        Plane.Faults.ServerError("GetFunctionConfiguration", 1, "orders-charge-payments");
        Plane.Faults.DropConnection("UpdateFunctionCode", 1, "orders-nightly-report");

        CommandResult result;
        int unusedFaults;
        try
        {
            result = Publish("--no-restore");
        }
        finally
        {
            unusedFaults = Plane.Faults.PendingCount;
            Plane.Faults.Clear();
        }

        Succeeded(result);
        Assert.Equal(0, unusedFaults); // every injected fault was met
        List<int> Statuses(string operation, string function) =>
            Plane.Requests.Where(r => r.Operation == operation && LocalDeploy.FunctionOf(r) == function).Select(r => r.StatusCode).ToList();
        Assert.Equal([429, 429, 200], Statuses("UpdateFunctionCode", "orders-create"));
        Assert.Equal([409, 200], Statuses("UpdateFunctionConfiguration", "orders-get"));
        Assert.Equal([0, 200], Statuses("UpdateFunctionCode", "orders-nightly-report"));
        Assert.Equal([500, 200], Statuses("GetFunctionConfiguration", "orders-charge-payments").Take(2));
        var succeeded = Plane.Requests.Where(r => r.Method != "GET" && r.StatusCode is >= 200 and < 300).Select(LocalDeploy.Describe);
        Assert.Equal(Sorted(Each("UpdateFunctionCode", 200).Append("UpdateFunctionConfiguration orders-get 200")), Sorted(succeeded));

        var lines = LocalDeploy.DeployLines(result);
        Assert.Contains("LambdaDeploy: orders-create: UpdateFunctionCode throttled: TooManyRequestsException (HTTP 429); retry 1/8 in 1.0 s (Retry-After)", lines);
        Assert.Contains("LambdaDeploy: orders-create: UpdateFunctionCode throttled: TooManyRequestsException (HTTP 429); retry 2/8 in 1.0 s (Retry-After)", lines);
        Assert.Contains(lines, l => l.StartsWith("LambdaDeploy: orders-get: UpdateFunctionConfiguration blocked by an update in progress: ResourceConflictException (HTTP 409); retry 1/", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("LambdaDeploy: orders-charge-payments: GetFunctionConfiguration server fault: ServiceException (HTTP 500); retry 1/", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("LambdaDeploy: orders-nightly-report: UpdateFunctionCode connection dropped: ", StringComparison.Ordinal));

        var sha = SharedSha();
        Assert.NotEqual(_deployment.DeployedSha, sha);
        Assert.Equal(320, MemoryOf("orders-get"));
        _deployment.DeployedSha = sha;
        _deployment.Passed(7);
    }

    [Fact, Step(8)]
    public void Step8_a_function_that_keeps_failing_fails_the_build_with_the_services_error_and_the_others_are_deployed()
    {
        _deployment.Require(8);
        EditHandlers("status = \"found again\"", "status = \"found once more\"");
        Plane.Faults.Permanent("UpdateFunctionCode", "orders-get", 400, "InvalidParameterValueException", "Unzipped size must be smaller than 262144000 bytes");

        CommandResult result;
        try
        {
            result = Publish("--no-restore");
        }
        finally
        {
            Plane.Faults.Clear();
        }

        Assert.True(result.ExitCode != 0, "The publish succeeded although orders-get could not be deployed:\n" + result);
        var error = result.Output.Split('\n').FirstOrDefault(l => l.Contains("error LGD050: orders-get: ", StringComparison.Ordinal));
        Assert.True(error is not null, "No LGD050 error for orders-get:\n" + result.Output);
        Assert.Contains("error LGD050: orders-get: UpdateFunctionCode failed: InvalidParameterValueException: Unzipped size must be smaller than 262144000 bytes", error);
        Assert.Contains($"Left as: configuration unchanged, code NOT updated (still sha {_deployment.DeployedSha})", error);
        Assert.Contains("orders-get.json", error); // MSBuild's canonical format names the function's manifest
        Assert.Contains("error LGD051: 1 of 4 function(s) failed to deploy", result.Output);

        var others = Functions.Where(f => f != "orders-get").ToArray();
        Assert.Equal(Sorted(Each("UpdateFunctionCode", 200, others).Append("UpdateFunctionCode orders-get 400")), Writes());
        var newSha = NewShaFromLog(result, "orders-create");
        Assert.NotEqual(_deployment.DeployedSha, newSha);
        Assert.All(others, f => Assert.Equal(newSha, Plane.Functions[f].CodeSha256));
        Assert.Equal(_deployment.DeployedSha, Plane.Functions["orders-get"].CodeSha256);
        _deployment.Passed(8);
    }
}
