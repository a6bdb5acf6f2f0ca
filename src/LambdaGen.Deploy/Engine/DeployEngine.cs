using System.Globalization;
using System.Net;
using LambdaGen.Deploy.Aws;
using LambdaGen.Deploy.CloudFormation;
using LambdaGen.Deploy.Lambda;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Packaging;
using LambdaGen.Deploy.Retry;

namespace LambdaGen.Deploy.Engine;

/// <summary>
/// One deploy run: load and re-check every manifest, build and check every package (all before any
/// AWS call), then deploy the functions concurrently (bounded by <see cref="DeployOptions.Parallelism"/>)
/// and print a summary table.
/// </summary>
public sealed class DeployEngine
{
    private readonly DeployOptions _options;
    private readonly IDeployLog _log;
    private readonly SecretRedactor _redactor = new();

    public DeployEngine(DeployOptions options, IDeployLog log)
    {
        _options = options;
        _log = new RedactingDeployLog(log, _redactor);
    }

    public async Task<DeployResult> RunAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<DeployTarget>? targets;
        List<FunctionResult> skipped;
        try
        {
            (targets, skipped) = Prepare();
        }
        catch (DeployException ex)
        {
            _log.Error(ex.File, ex.Code, ex.Message);
            return new DeployResult(Array.Empty<FunctionResult>(), 1);
        }
        if (targets is null)
        {
            return new DeployResult(Array.Empty<FunctionResult>(), 1);
        }

        if (_options.Engine == DeployEngineKind.CloudFormation)
        {
            return await RunStackAsync(targets, skipped, cancellationToken).ConfigureAwait(false);
        }

        var results = new FunctionResult[targets.Count];
        if (targets.Count > 0)
        {
            AwsContext aws;
            try
            {
                aws = AwsContext.Resolve(_options);
            }
            catch (DeployException ex)
            {
                _log.Error(ex.File, ex.Code, ex.Message);
                return new DeployResult(skipped, 1);
            }
            _log.Info($"{(_options.DryRun ? "dry run: planning" : "deploying")} {targets.Count} function(s) to {aws.LambdaEndpoint.GetLeftPart(UriPartial.Authority)} ({aws.Region}), {Math.Max(1, _options.Parallelism)} at a time");

            using HttpClient http = CreateHttpClient();
            var signer = new RequestSigner(aws.Credentials, aws.Region, _redactor);
            var transport = new AwsTransport(http, signer);
            Func<TimeSpan, CancellationToken, Task> delay = _options.Delay ?? Task.Delay;
            var services = new DeployServices(
                _options,
                new LambdaClient(transport, aws.LambdaEndpoint),
                new S3Uploader(transport, aws.Region, aws.S3Endpoint),
                new RetryingCaller(_options.RetryPolicy ?? new RetryPolicy(), delay),
                _log,
                delay);

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (i, ct) =>
            {
                results[i] = await new FunctionDeployer(targets[i], services).RunAsync(ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        var all = results.Concat(skipped).ToList();
        WriteSummary(all);
        int failed = all.Count(r => r.IsFailure);
        if (failed > 0)
        {
            _log.Error(null, "LGD051", $"{failed} of {all.Count} function(s) failed to deploy; the others finished (see above).");
        }
        return new DeployResult(all, failed > 0 ? 1 : 0);
    }

    /// <summary>The CloudFormation engine: the same checked manifests and package, deployed as one change set of the template.</summary>
    private async Task<DeployResult> RunStackAsync(IReadOnlyList<DeployTarget> targets, List<FunctionResult> skipped, CancellationToken cancellationToken)
    {
        AwsContext aws;
        string templatePath, templateText;
        try
        {
            (templatePath, templateText) = StackDeployer.ReadTemplate(_options, targets);
            aws = AwsContext.Resolve(_options);
        }
        catch (DeployException ex)
        {
            _log.Error(ex.File, ex.Code, ex.Message);
            return new DeployResult(skipped, 1);
        }
        _log.Info($"{(_options.DryRun ? "dry run: planning" : "deploying")} stack {_options.StackName} ({targets.Count} function(s)) through {aws.CloudFormationEndpoint.GetLeftPart(UriPartial.Authority)} ({aws.Region})");

        using HttpClient http = CreateHttpClient();
        var transport = new AwsTransport(http, new RequestSigner(aws.Credentials, aws.Region, _redactor));
        Func<TimeSpan, CancellationToken, Task> delay = _options.Delay ?? Task.Delay;
        var deployer = new StackDeployer(
            _options,
            _log,
            new CloudFormationClient(transport, aws.CloudFormationEndpoint),
            new S3Uploader(transport, aws.Region, aws.S3Endpoint),
            new RetryingCaller(_options.RetryPolicy ?? new RetryPolicy(), delay),
            delay);
        try
        {
            StackResult stack = await deployer.RunAsync(templatePath, templateText, targets.FirstOrDefault(t => t.Package is not null)?.Package, cancellationToken).ConfigureAwait(false);
            return new DeployResult(skipped, 0) { Stack = stack };
        }
        catch (DeployException ex)
        {
            _log.Error(ex.File, ex.Code, ex.Message);
            return new DeployResult(skipped, 1);
        }
    }

    /// <summary>Everything that can be checked without AWS. Returns null targets when any error was reported.</summary>
    private (IReadOnlyList<DeployTarget>? Targets, List<FunctionResult> Skipped) Prepare()
    {
        IReadOnlyList<FunctionManifest> manifests = ManifestLoader.Load(_options.ManifestsDir);
        if (manifests.Count == 0)
        {
            _log.Info($"no functions in {Path.Combine(_options.ManifestsDir, ManifestLoader.IndexFileName)}; nothing to deploy");
            return (Array.Empty<DeployTarget>(), new List<FunctionResult>());
        }

        bool anyError = false;
        var clean = new List<FunctionManifest>();
        foreach (FunctionManifest manifest in manifests)
        {
            bool error = false;
            foreach (ManifestProblem problem in ManifestCheck.Check(manifest, _options.RuntimeIdentifier, _options.Region))
            {
                if (problem.IsError)
                {
                    _log.Error(problem.File, problem.Code, problem.Message);
                    error = true;
                }
                else
                {
                    _log.Warning(problem.File, problem.Code, problem.Message);
                }
            }
            anyError |= error;
            if (!error)
            {
                clean.Add(manifest);
            }
        }

        var builder = new PackageBuilder(_options.PublishDir, new[] { _options.ManifestsDir });
        var targets = new List<DeployTarget>();
        var skipped = new List<FunctionResult>();
        foreach (FunctionManifest manifest in clean)
        {
            try
            {
                if (manifest.IsImage)
                {
                    if (string.IsNullOrEmpty(_options.ImageUri))
                    {
                        _log.Info($"{manifest.FunctionName}: skipped: PackageType Image needs an image URI (--image-uri / LambdaImageUri); nothing deployed");
                        skipped.Add(new FunctionResult(manifest.FunctionName, FunctionResult.Skipped, TimeSpan.Zero, null, null));
                        continue;
                    }
                    targets.Add(new DeployTarget(manifest, null, _options.ImageUri));
                    continue;
                }
                targets.Add(PrepareZip(manifest, builder));
            }
            catch (DeployException ex)
            {
                _log.Error(ex.File ?? manifest.ManifestPath, ex.Code, $"{manifest.FunctionName}: {ex.Message}");
                anyError = true;
            }
        }
        return (anyError ? null : targets, skipped);
    }

    private DeployTarget PrepareZip(FunctionManifest manifest, PackageBuilder builder)
    {
        string file = manifest.ManifestPath;
        if (manifest.IsCustomRuntime)
        {
            CheckRuntimeIdentifier(manifest);
        }

        long unzipped = builder.MeasureUnzippedBytes(manifest.IsCustomRuntime);
        if (unzipped > _options.UnzippedLimit)
        {
            throw new DeployException("LGD023",
                $"The publish folder '{builder.PublishDir}' is {unzipped.ToString("N0", CultureInfo.InvariantCulture)} bytes unzipped; Lambda allows at most {_options.UnzippedLimit.ToString("N0", CultureInfo.InvariantCulture)} bytes (250 MB) for a .zip function. Trim the publish output (PublishTrimmed, fewer dependencies) or move dependencies to a layer or a container image.",
                file);
        }

        CodePackage package = builder.Build(manifest.IsCustomRuntime, manifest.HandlerAssembly);
        if (manifest.IsCustomRuntime && package.BootstrapMachine is { } machine)
        {
            string? built = machine switch
            {
                PackageBuilder.ElfMachineX64 => "x86_64",
                PackageBuilder.ElfMachineArm64 => "arm64",
                _ => null,
            };
            if (built is not null && built != manifest.Architecture)
            {
                throw new DeployException("LGD042",
                    $"The executable packaged as bootstrap ('{package.BootstrapSource}') is built for {built}, but Architectures is '{manifest.Architecture}' (in manifest {file}). Publish with -r {Rid(manifest.Architecture)} or set Architectures to \"{built}\".",
                    file);
            }
        }

        bool viaS3 = package.Zip.Length > _options.DirectUploadLimit;
        if (viaS3 && string.IsNullOrEmpty(_options.S3Bucket))
        {
            throw new DeployException("LGD024",
                $"The package is {package.Zip.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes zipped, over Lambda's direct-upload limit of {_options.DirectUploadLimit.ToString("N0", CultureInfo.InvariantCulture)} bytes (50 MB). Set --s3-bucket (MSBuild property LambdaS3Bucket) to a bucket in the function's region so the deploy uploads it there and passes S3Bucket/S3Key.",
                file);
        }
        return new DeployTarget(manifest, package, null) { ViaS3 = viaS3 };
    }

    /// <summary>A custom runtime runs the published native executable: the RID must be Linux and match the architecture.</summary>
    private void CheckRuntimeIdentifier(FunctionManifest manifest)
    {
        string? rid = _options.RuntimeIdentifier;
        if (string.IsNullOrEmpty(rid))
        {
            return; // the bootstrap's ELF header is checked instead
        }
        string? ridArchitecture = rid switch
        {
            "linux-x64" => "x86_64",
            "linux-arm64" => "arm64",
            _ => null,
        };
        if (ridArchitecture is null)
        {
            throw new DeployException("LGD041",
                $"RuntimeIdentifier '{rid}' cannot run on Lambda's {manifest.Runtime} runtime: publish with -r linux-x64 (Architectures x86_64) or -r linux-arm64 (arm64).",
                manifest.ManifestPath);
        }
        if (ridArchitecture != manifest.Architecture)
        {
            throw new DeployException("LGD041",
                $"RuntimeIdentifier '{rid}' builds for {ridArchitecture}, but Architectures is '{manifest.Architecture}' (in manifest {manifest.ManifestPath}); publish with -r {Rid(manifest.Architecture)} or set Architectures to \"{ridArchitecture}\".",
                manifest.ManifestPath);
        }
    }

    private static string Rid(string architecture) => architecture == "arm64" ? "linux-arm64" : "linux-x64";

    private HttpClient CreateHttpClient()
    {
        HttpMessageHandler handler = _options.HttpHandler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
        };
        return new HttpClient(handler, disposeHandler: _options.HttpHandler is null) { Timeout = _options.HttpTimeout };
    }

    private void WriteSummary(IReadOnlyList<FunctionResult> results)
    {
        if (results.Count == 0)
        {
            return;
        }
        int nameWidth = Math.Max("function".Length, results.Max(r => r.FunctionName.Length));
        int actionWidth = Math.Max("action".Length, results.Max(r => r.Action.Length));
        _log.Info("summary:");
        int changesWidth = Math.Max("configuration".Length, results.Max(r => Changes(r).Length));
        _log.Info($"  {"function".PadRight(nameWidth)}  {"action".PadRight(actionWidth)}  {"duration",9}  {"configuration".PadRight(changesWidth)}  version");
        foreach (FunctionResult r in results.OrderBy(r => r.FunctionName, StringComparer.Ordinal))
        {
            string duration = r.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
            _log.Info($"  {r.FunctionName.PadRight(nameWidth)}  {r.Action.PadRight(actionWidth)}  {duration,9}  {Changes(r).PadRight(changesWidth)}  {r.Version ?? "-"}");
        }

        // The other configuration that changed, one word each (alias live -> alias:live), or "-".
        static string Changes(FunctionResult r) => r.Changes.Count == 0 ? "-" : string.Join(",", r.Changes.Select(c => c.Replace(' ', ':')));
    }
}
