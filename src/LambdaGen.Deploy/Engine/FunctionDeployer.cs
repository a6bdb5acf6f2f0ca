using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LambdaGen.Deploy.Lambda;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Planning;

namespace LambdaGen.Deploy.Engine;

/// <summary>
/// Deploys one function: read → create (and wait for Active) or update configuration (wait) → code
/// signing configuration → code (wait) → tags → publish. Any failure is caught here and reported with the operation, the AWS
/// error type and message, and the state the function was left in; other functions carry on.
/// </summary>
internal sealed class FunctionDeployer
{
    private readonly DeployTarget _target;
    private readonly DeployServices _services;
    private readonly FunctionManifest _manifest;
    private readonly string _name;

    // What has been applied so far, for the "left in this state" message.
    private string? _deployedSha;
    private string? _configApplied;
    private string? _configPending;
    private CodeSigningPlan? _signingPlanned;
    private bool _signingApplied;
    private bool _codePlanned;
    private bool _codePending;
    private bool _codeApplied;
    private bool _tagsPlanned;
    private bool _tagsApplied;
    private bool _publishPlanned;
    private string _operation = "GetFunctionConfiguration";

    public FunctionDeployer(DeployTarget target, DeployServices services)
    {
        _target = target;
        _services = services;
        _manifest = target.Manifest;
        _name = target.Manifest.FunctionName;
    }

    private DeployOptions Options => _services.Options;

    public async Task<FunctionResult> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            JsonObject? deployed = await CallAsync("GetFunctionConfiguration", ct => _services.Lambda.GetFunctionConfigurationAsync(_name, ct), cancellationToken);
            var (action, version) = deployed is null
                ? await CreateAsync(cancellationToken)
                : await UpdateAsync(deployed, cancellationToken);
            return await OperationsAsync(clock, action, version, cancellationToken);
        }
        catch (StageException ex)
        {
            return Fail(clock, ex.Operation, ex.ErrorType, ex.Message);
        }
        catch (AwsApiException ex)
        {
            return Fail(clock, ex.Operation, ex.ErrorType, ex.AwsMessage);
        }
        catch (AwsConnectionException ex)
        {
            return Fail(clock, ex.Operation, "ConnectionFailure", ex.InnerException?.Message ?? ex.Message);
        }
        catch (CreateOnlyException ex)
        {
            foreach (string message in ex.Messages)
            {
                _services.Log.Error(_manifest.ManifestPath, CreateOnlyConflict.Code, $"{_name}: {message}");
            }
            return new FunctionResult(_name, FunctionResult.Failed, clock.Elapsed, null, string.Join(" ", ex.Messages));
        }
        catch (DeployException ex)
        {
            // A check of the deploy's own (LGD040): reported under its code, not as a failed AWS call.
            string text = $"{_name}: {ex.Message}";
            _services.Log.Error(_manifest.ManifestPath, ex.Code, text);
            return new FunctionResult(_name, FunctionResult.Failed, clock.Elapsed, null, text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever else goes wrong stays with this function; the others finish.
            return Fail(clock, _operation, ex.GetType().Name, ex.Message);
        }
    }

    // ---------------------------------------------------------------- the other operations

    /// <summary>After the function: its reserved concurrency, aliases, provisioned concurrency, URL and asynchronous invocation config
    /// (<see cref="OperationsDeployer"/>). A failed part fails the function's result but leaves the other parts deployed.</summary>
    private async Task<FunctionResult> OperationsAsync(Stopwatch clock, string action, string? version, CancellationToken cancellationToken)
    {
        bool exists = action is not (FunctionResult.Created or FunctionResult.WouldCreate);
        bool published = action is FunctionResult.Created or FunctionResult.Updated && version is not null && version != "$LATEST";
        var operations = new OperationsDeployer(_services, _manifest, Info,
            (operation, call, retryConflicts, ct) => CallAsync(operation, call, ct, retryConflicts));
        await operations.RunAsync(exists, published ? version : null, willPublish: Options.DryRun && _manifest.Publish && action != FunctionResult.NoChange, cancellationToken);

        if (operations.Changes.Count > 0 && action == FunctionResult.NoChange)
        {
            action = Options.DryRun ? FunctionResult.WouldUpdate : FunctionResult.Updated;
        }
        if (operations.Failures.Count > 0)
        {
            string text = $"{_name}: " + string.Join("; ", operations.Failures) + " (the rest of the function is deployed)";
            return new FunctionResult(_name, FunctionResult.Failed, clock.Elapsed, version, text) { Changes = operations.Changes };
        }
        if (operations.Changes.Count > 0 && !Options.DryRun)
        {
            Info($"configuration: {string.Join(", ", operations.Changes)}");
        }
        return new FunctionResult(_name, action, clock.Elapsed, version, null) { Changes = operations.Changes };
    }

    // ---------------------------------------------------------------- create

    private async Task<(string Action, string? Version)> CreateAsync(CancellationToken cancellationToken)
    {
        if (Options.DryRun)
        {
            Info($"plan: create ({DescribeCode()}, {SettingCount()} settings from {_manifest.FileName})");
            return (FunctionResult.WouldCreate, null);
        }

        JsonObject body = _manifest.Body.DeepClone().AsObject();
        body["Code"] = await CodeAsync(cancellationToken);
        Info($"creating ({DescribeCode()})");
        JsonObject created;
        try
        {
            created = await CallAsync("CreateFunction", ct => _services.Lambda.CreateFunctionAsync(body, ct), cancellationToken, retryConflicts: false);
        }
        catch (AwsApiException ex) when (ex.StatusCode == 409 && ex.ErrorType == "ResourceConflictException")
        {
            // Created meanwhile (by another deploy, or by our own request whose answer was lost): update instead.
            Info("CreateFunction: the function already exists (ResourceConflictException); updating it instead");
            JsonObject existing = await CallAsync("GetFunctionConfiguration", ct => _services.Lambda.GetFunctionConfigurationAsync(_name, ct), cancellationToken)
                ?? throw new StageException("CreateFunction", ex.ErrorType, ex.AwsMessage);
            return await UpdateAsync(existing, cancellationToken);
        }

        Info("waiting for State Active");
        await WaitAsync("CreateFunction", forCreate: true, cancellationToken);

        string? version = created.GetString("Version");
        if (_manifest.Publish && (version is null || version == "$LATEST"))
        {
            version = await PublishAsync(created.GetString("CodeSha256"), cancellationToken);
        }
        Info(_manifest.Publish ? $"created, version {version}" : "created");
        return (FunctionResult.Created, _manifest.Publish ? version : "$LATEST");
    }

    // ---------------------------------------------------------------- update

    private async Task<(string Action, string? Version)> UpdateAsync(JsonObject deployed, CancellationToken cancellationToken)
    {
        string deployedType = deployed.GetString("PackageType") ?? "Zip";
        if (!string.Equals(deployedType, _manifest.PackageType, StringComparison.Ordinal))
        {
            throw new DeployException(
                "LGD040",
                $"PackageType is '{_manifest.PackageType}' in {_manifest.FileName} but the deployed function is '{deployedType}'; Lambda cannot change a function's package type. Delete the function or deploy under another FunctionName.",
                _manifest.ManifestPath);
        }

        _deployedSha = deployed.GetString("CodeSha256");
        ConfigPlan config = ConfigPlanner.Plan(_manifest, deployed);
        if (config.CreateOnlyConflicts.Count > 0)
        {
            // Before any other call: no update can apply these, and applying the rest would leave a half-deployed function.
            if (Options.DryRun)
            {
                Info($"plan: cannot update ({Count(config.CreateOnlyConflicts.Count, "create-only setting")} differ{(config.CreateOnlyConflicts.Count == 1 ? "s" : "")} from the deployed function; nothing would be changed)");
                foreach (CreateOnlyConflict conflict in config.CreateOnlyConflicts)
                {
                    Info("  " + conflict.PlanLine);
                }
            }
            throw new CreateOnlyException(config.CreateOnlyConflicts.Select(c => c.Message(_manifest, _name)).ToList());
        }
        foreach (FieldChange kept in config.LeftAsDeployed)
        {
            string attribute = ConfigFields.RowAt(kept.Path)?.Name ?? kept.Path;
            _services.Log.Warning(_manifest.ManifestPath, "LGD044",
                $"{_name}: {attribute} ({kept.Path}) is not declared in {_manifest.FileName} but the deployed function has {kept.Deployed}; Lambda documents no default to reset it to, so the deploy leaves it at {kept.Deployed}. Declare {attribute} to manage it.");
        }
        (bool codeChanged, string codeLine) = await PlanCodeAsync(deployed, config, cancellationToken);
        CodeSigningPlan signing = await PlanCodeSigningAsync(cancellationToken);

        TagPlan? tags = null;
        if ((_manifest.Tags.Count > 0 || Options.PruneTags) && deployed.GetString("FunctionArn") is { } arnForRead)
        {
            var deployedTags = await CallAsync("ListTags", ct => _services.Lambda.ListTagsAsync(arnForRead, ct), cancellationToken);
            tags = TagPlan.Compute(_manifest.Tags, deployedTags, Options.PruneTags);
        }
        string leftAlone = tags is { LeftAlone.Count: > 0 }
            ? $"; tags not in the manifest left alone ({string.Join(", ", tags.LeftAlone)}; --prune-tags removes them)"
            : "";

        if (!config.HasConfigurationChanges && !signing.HasChange && !codeChanged && tags?.HasChanges != true)
        {
            Info($"no change ({codeLine}){leftAlone}");
            return (FunctionResult.NoChange, deployed.GetString("Version") ?? "$LATEST");
        }

        if (Options.DryRun)
        {
            int configurationChanges = config.ConfigurationChanges.Count + (signing.HasChange ? 1 : 0);
            Info($"plan: update ({Count(configurationChanges, "configuration change")}, {codeLine}, {Count(tags?.Changes.Count ?? 0, "tag change")}){leftAlone}");
            foreach (FieldChange change in config.ConfigurationChanges)
            {
                Info("  " + change);
            }
            foreach (FieldChange kept in config.LeftAsDeployed)
            {
                Info($"  {kept.Path}: {kept.Deployed} (not in the manifest, no default to reset it to: left as deployed)");
            }
            if (signing.Change is { } signingChange)
            {
                Info("  " + signingChange);
            }
            foreach (FieldChange change in config.ArchitectureChanges)
            {
                Info("  " + change + " (with the code)");
            }
            foreach (FieldChange change in tags?.Changes ?? new List<FieldChange>())
            {
                Info("  " + change);
            }
            if (_manifest.Publish)
            {
                Info(_manifest.PublishTo is { } publishTo ? $"  then publish (PublishTo {publishTo})" : "  then publish a new version");
            }
            return (FunctionResult.WouldUpdate, null);
        }

        if (deployed.GetString("LastUpdateStatus") == "InProgress" || deployed.GetString("State") == "Pending")
        {
            Info("waiting for the update already in progress to finish");
            deployed = await WaitAsync("UpdateFunctionConfiguration", forCreate: false, cancellationToken);
        }

        _signingPlanned = signing.HasChange ? signing : null;
        _codePlanned = codeChanged;
        _tagsPlanned = tags?.HasChanges == true;
        _publishPlanned = _manifest.Publish;
        bool versionable = false;
        if (config.HasConfigurationChanges)
        {
            string summary = Summarize(config.ConfigurationChanges);
            Info($"updating configuration: {summary}");
            await CallAsync("UpdateFunctionConfiguration",
                ct => _services.Lambda.UpdateFunctionConfigurationAsync(_name, config.ConfigurationUpdate, ct), cancellationToken, retryConflicts: true);
            _configPending = summary;
            Info("waiting for LastUpdateStatus Successful");
            await WaitAsync("UpdateFunctionConfiguration", forCreate: false, cancellationToken);
            _configPending = null;
            _configApplied = summary;
            versionable = true;
        }

        if (signing.HasChange)
        {
            // Before the code: a configuration being removed must not check the new package; a new one must.
            await ApplyCodeSigningAsync(signing, cancellationToken);
            _signingApplied = true;
        }

        string? newSha = _deployedSha;
        if (codeChanged)
        {
            JsonObject body = await CodeAsync(cancellationToken);
            body["Architectures"] = config.Architectures.DeepClone();
            body["Publish"] = false;
            Info($"updating code: {codeLine}");
            JsonObject updated = await CallAsync("UpdateFunctionCode",
                ct => _services.Lambda.UpdateFunctionCodeAsync(_name, body, ct), cancellationToken, retryConflicts: true);
            _codePending = true;
            Info("waiting for LastUpdateStatus Successful");
            JsonObject settled = await WaitAsync("UpdateFunctionCode", forCreate: false, cancellationToken);
            _codePending = false;
            newSha = settled.GetString("CodeSha256") ?? updated.GetString("CodeSha256") ?? newSha;
            _codeApplied = true;
            versionable = true;
        }

        if (tags?.HasChanges == true && deployed.GetString("FunctionArn") is { } arn)
        {
            if (tags.ToSet.Count > 0)
            {
                Info($"tagging: {string.Join(", ", tags.ToSet.Keys)}");
                await CallAsync("TagResource", async ct => { await _services.Lambda.TagResourceAsync(arn, tags.ToSet, ct); return true; }, cancellationToken);
            }
            if (tags.ToRemove.Count > 0)
            {
                Info($"removing tags not in the manifest: {string.Join(", ", tags.ToRemove)}");
                await CallAsync("UntagResource", async ct => { await _services.Lambda.UntagResourceAsync(arn, tags.ToRemove, ct); return true; }, cancellationToken);
            }
            _tagsApplied = true;
        }

        string version = "$LATEST";
        if (_manifest.Publish && versionable)
        {
            version = await PublishAsync(newSha, cancellationToken);
        }
        Info("updated" + (version != "$LATEST" ? $", version {version}" : "") + leftAlone);
        return (FunctionResult.Updated, version);
    }

    private async Task<(bool Changed, string Line)> PlanCodeAsync(JsonObject deployed, ConfigPlan config, CancellationToken cancellationToken)
    {
        string arch = config.ArchitectureChanged
            ? $", architecture {string.Join(" ", config.ArchitectureChanges.Select(c => c.Deployed + " -> " + c.Wanted))}"
            : "";
        if (_target.Package is { } package)
        {
            bool same = string.Equals(_deployedSha, package.Sha256Base64, StringComparison.Ordinal);
            if (same && !config.ArchitectureChanged)
            {
                return (false, $"code unchanged, sha {package.Sha256Base64}");
            }
            return (true, same ? $"code unchanged, sha {package.Sha256Base64}{arch}" : $"code sha {_deployedSha ?? "(none)"} -> {package.Sha256Base64}{arch}");
        }

        // Image: GetFunctionConfiguration does not report the image URI; GetFunction does.
        string? deployedUri = null;
        try
        {
            JsonObject function = await CallAsync("GetFunction", ct => _services.Lambda.GetFunctionAsync(_name, ct), cancellationToken);
            deployedUri = (function["Code"] as JsonObject).GetString("ImageUri");
        }
        catch (AwsApiException ex) when (ex.StatusCode is >= 400 and < 500 && ex.StatusCode != 429)
        {
            Info($"GetFunction failed ({ex.ErrorType}); assuming the image changed");
        }
        if (string.Equals(deployedUri, _target.ImageUri, StringComparison.Ordinal) && !config.ArchitectureChanged)
        {
            return (false, $"image unchanged, {_target.ImageUri}");
        }
        return (true, $"image {deployedUri ?? "(unknown)"} -> {_target.ImageUri}{arch}");
    }

    /// <summary>Reads the deployed code signing configuration; .zip functions only (Lambda rejects the call for images).</summary>
    private async Task<CodeSigningPlan> PlanCodeSigningAsync(CancellationToken cancellationToken)
    {
        if (_manifest.IsImage)
        {
            return CodeSigningPlan.NotApplicable;
        }
        string? declared = _manifest.CodeSigningConfigArn;
        try
        {
            string? deployed = await CallAsync("GetFunctionCodeSigningConfig",
                ct => _services.Lambda.GetFunctionCodeSigningConfigAsync(_name, ct), cancellationToken);
            return CodeSigningPlan.Compute(declared, deployed);
        }
        catch (AwsApiException ex) when (declared is null && ex.StatusCode == 403 && ex.ErrorType == "AccessDeniedException")
        {
            // A deploy role without lambda:GetFunctionCodeSigningConfig still deploys functions that declare no
            // configuration; one that declares it fails with this error, since it could not be checked.
            Info($"GetFunctionCodeSigningConfig was denied ({ex.ErrorType}); the manifest declares no code signing configuration, so none is checked or removed");
            return CodeSigningPlan.NotApplicable;
        }
    }

    private async Task ApplyCodeSigningAsync(CodeSigningPlan signing, CancellationToken cancellationToken)
    {
        if (signing.Action == CodeSigningAction.Put)
        {
            Info($"setting the code signing configuration: {signing.Change}");
            await CallAsync("PutFunctionCodeSigningConfig",
                async ct => { await _services.Lambda.PutFunctionCodeSigningConfigAsync(_name, signing.Wanted!, ct); return true; },
                cancellationToken, retryConflicts: true);
        }
        else
        {
            Info($"removing the code signing configuration: {signing.Change}");
            await CallAsync("DeleteFunctionCodeSigningConfig",
                async ct => { await _services.Lambda.DeleteFunctionCodeSigningConfigAsync(_name, ct); return true; },
                cancellationToken, retryConflicts: true);
        }
    }

    // ---------------------------------------------------------------- helpers

    private async Task<string> PublishAsync(string? codeSha, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (codeSha is not null)
        {
            body["CodeSha256"] = codeSha;
        }
        if (_manifest.PublishTo is { } publishTo)
        {
            body["PublishTo"] = publishTo; // LATEST_PUBLISHED: republish $LATEST.PUBLISHED rather than cut a numbered version
        }
        Info(_manifest.PublishTo is { } target ? $"publishing (PublishTo {target})" : "publishing a version");
        JsonObject published = await CallAsync("PublishVersion", ct => _services.Lambda.PublishVersionAsync(_name, body, ct), cancellationToken, retryConflicts: true);
        return published.GetString("Version") ?? "?";
    }

    /// <summary>The <c>Code</c> object: ZipFile, S3Bucket/S3Key (uploading first) or ImageUri.</summary>
    private async Task<JsonObject> CodeAsync(CancellationToken cancellationToken)
    {
        if (_target.Package is not { } package)
        {
            return new JsonObject { ["ImageUri"] = _target.ImageUri };
        }
        if (!_target.ViaS3)
        {
            return new JsonObject { ["ZipFile"] = Convert.ToBase64String(package.Zip) };
        }
        string bucket = Options.S3Bucket!;
        string key = S3Uploader.ObjectKey(package.Sha256Hex);
        await _services.UploadOnceAsync(bucket + "/" + key, async () =>
        {
            Info($"uploading {Size(package.Zip.Length)} to s3://{bucket}/{key} (over the {Size(Options.DirectUploadLimit)} direct-upload limit)");
            await CallAsync("PutObject", async ct => { await _services.S3.PutObjectAsync(bucket, key, package.Zip, ct); return true; }, cancellationToken);
        });
        return new JsonObject { ["S3Bucket"] = bucket, ["S3Key"] = key };
    }

    /// <summary>Polls GetFunctionConfiguration until the function settles (Active / LastUpdateStatus Successful).</summary>
    private async Task<JsonObject> WaitAsync(string operation, bool forCreate, CancellationToken cancellationToken)
    {
        for (int poll = 1; poll <= Options.MaxPolls; poll++)
        {
            await _services.Delay(Options.PollInterval, cancellationToken);
            JsonObject config = await CallAsync("GetFunctionConfiguration", ct => _services.Lambda.GetFunctionConfigurationAsync(_name, ct), cancellationToken)
                ?? throw new StageException(operation, "ResourceNotFoundException", "the function disappeared while waiting for it to settle");
            string? state = config.GetString("State");
            string? update = config.GetString("LastUpdateStatus");
            if (state == "Failed")
            {
                throw new StageException(operation, "State Failed", $"{config.GetString("StateReasonCode") ?? "?"}: {config.GetString("StateReason") ?? "(no reason given)"}");
            }
            if (forCreate)
            {
                if (state == "Active")
                {
                    return config;
                }
                continue;
            }
            if (update == "Failed")
            {
                throw new StageException(operation, "LastUpdateStatus Failed", $"{config.GetString("LastUpdateStatusReasonCode") ?? "?"}: {config.GetString("LastUpdateStatusReason") ?? "(no reason given)"}");
            }
            if (update is null or "Successful" && state is not "Pending")
            {
                return config;
            }
        }
        throw new StageException(operation, "Timeout",
            $"the function did not settle after {Options.MaxPolls} polls {RetryFormat(Options.PollInterval)} apart");
    }

    private Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, bool retryConflicts = false)
    {
        _operation = operation;
        return _services.Caller.CallAsync(operation, call, retryConflicts, line => Info(line), cancellationToken);
    }

    private FunctionResult Fail(Stopwatch clock, string operation, string errorType, string message)
    {
        string state = DescribeState();
        string text = $"{_name}: {operation} failed: {errorType}: {message}" + (state.Length > 0 ? $". Left as: {state}" : "");
        _services.Log.Error(_manifest.ManifestPath, "LGD050", text);
        return new FunctionResult(_name, FunctionResult.Failed, clock.Elapsed, null, text);
    }

    /// <summary>What the function looks like after a failure, so nobody has to guess.</summary>
    private string DescribeState()
    {
        if (_deployedSha is null && !_codeApplied)
        {
            return ""; // never existed, or failed before anything was read
        }
        string config = _configPending is not null ? $"configuration update to {_configPending} accepted but not completed"
            : _configApplied is not null ? $"configuration updated to {_configApplied}"
            : "configuration unchanged";
        string code = _codeApplied ? "code updated"
            : _codePending ? $"code update accepted but not completed (was sha {_deployedSha})"
            : _codePlanned ? $"code NOT updated (still sha {_deployedSha})"
            : $"code unchanged (sha {_deployedSha})";
        string signing = _signingPlanned is not { } s ? ""
            : _signingApplied ? $", code signing configuration set to {s.Wanted ?? FieldChange.None}"
            : $", code signing configuration NOT changed (still {s.Deployed ?? FieldChange.None})";
        string tags = !_tagsPlanned ? "" : _tagsApplied ? ", tags updated" : ", tags NOT updated";
        string publish = _publishPlanned && (_configApplied is not null || _codeApplied) ? ", no new version published" : "";
        return $"{config}{signing}, {code}{tags}{publish}";
    }

    private void Info(string message) => _services.Log.Info($"{_name}: {message}");

    private string DescribeCode() => _target.Package is { } p
        ? $"{_manifest.PackageType}, {Size(p.Zip.Length)}, sha {p.Sha256Base64}{(_target.ViaS3 ? ", via S3" : "")}"
        : $"Image {_target.ImageUri}";

    private int SettingCount() => _manifest.Body.Count(p => p.Key is not "FunctionName");

    private static string Summarize(IReadOnlyList<FieldChange> changes)
    {
        var parts = changes.Select(c => $"{c.Path}={c.Wanted}").ToList();
        string text = string.Join(", ", parts.Take(8));
        return parts.Count > 8 ? $"{text} (+{parts.Count - 8} more)" : text;
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";

    internal static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static string RetryFormat(TimeSpan t) => Retry.RetryingCaller.Format(t);

    /// <summary>Create-only settings that differ (one message each, LGD043); thrown before any call changes the function.</summary>
    private sealed class CreateOnlyException(IReadOnlyList<string> messages) : Exception(string.Join(" ", messages))
    {
        public IReadOnlyList<string> Messages { get; } = messages;
    }

    /// <summary>A failed stage that is not an HTTP error (a function that settled as Failed, a timeout).</summary>
    private sealed class StageException : Exception
    {
        public StageException(string operation, string errorType, string message)
            : base(message)
        {
            Operation = operation;
            ErrorType = errorType;
        }

        public string Operation { get; }
        public string ErrorType { get; }
    }
}
