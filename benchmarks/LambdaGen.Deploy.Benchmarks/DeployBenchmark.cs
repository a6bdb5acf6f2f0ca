using System.Diagnostics;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using LambdaGen.ControlPlane;
using LambdaGen.Deploy.Engine;

namespace LambdaGen.Deploy.Benchmarks;

/// <summary>
/// Deploys N functions (one shared package, as a project's functions share its publish folder) to a fresh
/// in-process control plane: first a create run, then an update run (new code and a memory change, so each
/// function updates its configuration, waits, updates its code and waits again). Wall time per run.
/// The configured variant (<see cref="ConfiguredProject"/>) adds, per function, Publish = true, a URL, two aliases
/// (one with provisioned concurrency, which the update run also changes), reserved concurrency and an async config.
/// </summary>
internal static class DeployBenchmark
{
    private const string Role = "arn:aws:iam::123456789012:role/lambda-role";

    public sealed record RunResult(TimeSpan Wall, int Requests);

    /// <summary>One variant at one parallelism. <paramref name="Configured"/>: for the configured variant, how many functions the
    /// plane held exactly as declared after the create and after the update run (null for the plain variant).</summary>
    public sealed record Result(int Parallelism, RunResult Create, RunResult Update, (int Create, int Update)? Configured = null);

    public static string FunctionName(int i) => $"bench-fn-{i:00}";

    public static async Task<Result> RunAsync(BenchmarkSettings settings, int parallelism, string workDir, bool configured = false)
    {
        string root = Path.Combine(workDir, configured ? $"configured-p{parallelism}" : $"p{parallelism}");
        string manifests = Path.Combine(root, "lambda");
        string publish = Path.Combine(root, "publish");
        var before = new ConfiguredProject.Declared(MemorySize: 256, ProvisionedConcurrency: 2);
        var after = new ConfiguredProject.Declared(MemorySize: 512, ProvisionedConcurrency: 3);
        if (configured)
            ConfiguredProject.Write(manifests, publish, settings.Functions, before, codeVersion: 1);
        else
            WriteProject(manifests, publish, settings.Functions, memorySize: 256, codeVersion: 1);

        // Provisioned concurrency settles like a create or an update, so waiting for READY costs what waiting for Active does.
        var planeOptions = new LambdaControlPlaneOptions
        {
            SettleDelay = settings.SettleDelay,
            ProvisionedConcurrencyDelay = settings.SettleDelay,
            VerifySignatures = settings.VerifySignatures,
        };
        await using LambdaControlPlane plane = await LambdaControlPlane.StartAsync(planeOptions);
        var options = new DeployOptions
        {
            ManifestsDir = manifests,
            PublishDir = publish,
            Endpoint = plane.Endpoint.ToString(),
            Credentials = new BasicAWSCredentials(planeOptions.AccessKeyId, planeOptions.SecretAccessKey),
            Parallelism = parallelism,
            PollInterval = settings.PollInterval,
        };

        RunResult create = await TimeRunAsync(plane, options, FunctionResult.Created, settings.Functions);
        int createdAsDeclared = configured ? ConfiguredProject.Check(plane, settings.Functions, before) : 0;
        if (configured)
            ConfiguredProject.Write(manifests, publish, settings.Functions, after, codeVersion: 2);
        else
            WriteProject(manifests, publish, settings.Functions, memorySize: 512, codeVersion: 2);
        RunResult update = await TimeRunAsync(plane, options, FunctionResult.Updated, settings.Functions);
        int updatedAsDeclared = configured ? ConfiguredProject.Check(plane, settings.Functions, after) : 0;
        return new Result(parallelism, create, update, configured ? (createdAsDeclared, updatedAsDeclared) : null);
    }

    private static async Task<RunResult> TimeRunAsync(LambdaControlPlane plane, DeployOptions options, string expectedAction, int functions)
    {
        plane.ClearRequests();
        var log = new ErrorsOnlyLog();
        var clock = Stopwatch.StartNew();
        DeployResult result = await new DeployEngine(options, log).RunAsync();
        clock.Stop();

        // A timing of a run that did not do the work would be meaningless: fail loudly instead.
        int done = result.Functions.Count(f => f.Action == expectedAction);
        if (result.ExitCode != 0 || done != functions)
        {
            throw new InvalidOperationException(
                $"Parallelism {options.Parallelism}: expected {functions} function(s) '{expectedAction}', got {done} (exit {result.ExitCode}):{Environment.NewLine}{string.Join(Environment.NewLine, log.Errors)}");
        }
        return new RunResult(clock.Elapsed, plane.Requests.Count);
    }

    /// <summary>functions.json, one manifest per function and a small publish folder (~256 KB of code).</summary>
    private static void WriteProject(string manifests, string publish, int functions, int memorySize, int codeVersion)
    {
        Directory.CreateDirectory(manifests);
        Directory.CreateDirectory(publish);
        var index = new JsonArray();
        for (int i = 0; i < functions; i++)
        {
            string name = FunctionName(i);
            var body = new JsonObject
            {
                ["FunctionName"] = name,
                ["Runtime"] = "dotnet8",
                ["Handler"] = $"App::App.Functions::Handler{i:00}",
                ["Role"] = Role,
                ["MemorySize"] = memorySize,
                ["Timeout"] = 30,
                ["PackageType"] = "Zip",
                ["Environment"] = new JsonObject { ["Variables"] = new JsonObject { ["STAGE"] = "bench" } },
                ["Tags"] = new JsonObject { ["team"] = "bench" },
            };
            File.WriteAllText(Path.Combine(manifests, name + ".json"), body.ToJsonString());
            index.Add(new JsonObject { ["FunctionName"] = name, ["Manifest"] = name + ".json" });
        }
        File.WriteAllText(Path.Combine(manifests, "functions.json"), new JsonObject { ["Functions"] = index }.ToJsonString());
        WriteCode(publish, codeVersion);
    }

    /// <summary>The publish folder: ~256 KB of code that differs per <paramref name="codeVersion"/>.</summary>
    public static void WriteCode(string publish, int codeVersion)
    {
        Directory.CreateDirectory(publish);
        var code = new byte[256 * 1024];
        new Random(BenchmarkSettings.Seed + codeVersion).NextBytes(code);
        File.WriteAllBytes(Path.Combine(publish, "App.dll"), code);
        File.WriteAllText(Path.Combine(publish, "App.deps.json"), """{"runtimeTarget":{"name":".NETCoreApp,Version=v8.0"}}""");
    }

    /// <summary>Progress lines are dropped (they would dominate the output); errors are kept for the failure message.</summary>
    private sealed class ErrorsOnlyLog : IDeployLog
    {
        private readonly List<string> _errors = new();

        public IReadOnlyList<string> Errors
        {
            get
            {
                lock (_errors)
                {
                    return _errors.ToArray();
                }
            }
        }

        public void Info(string line)
        {
        }

        public void Warning(string? file, string code, string message)
        {
        }

        public void Error(string? file, string code, string message)
        {
            lock (_errors)
            {
                _errors.Add($"{code}: {message}");
            }
        }
    }
}
