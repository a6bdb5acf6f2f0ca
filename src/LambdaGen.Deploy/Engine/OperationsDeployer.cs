using System.Globalization;
using System.Text.Json.Nodes;
using LambdaGen.Deploy.Lambda;
using LambdaGen.Deploy.Manifests;

namespace LambdaGen.Deploy.Engine;

/// <summary>
/// The configuration a function's code declares besides CreateFunction, owned by the deploy as the function's own is: after the
/// function's create/update, code and publish it reads what is deployed and writes only what differs, in this order —
/// reserved concurrency (PutFunctionConcurrency / DeleteFunctionConcurrency); provisioned concurrency that is no longer declared
/// (DeleteProvisionedConcurrencyConfig); aliases (CreateAlias / UpdateAlias to the version just published, or to the latest
/// published version when nothing was published); provisioned concurrency per alias (PutProvisionedConcurrencyConfig, then
/// GetProvisionedConcurrencyConfig until READY or FAILED); the function URL (Create/UpdateFunctionUrlConfig, and for AuthType NONE
/// the two public AddPermission statements with LambdaGen's statement ids); the asynchronous invocation config
/// (PutFunctionEventInvokeConfig / DeleteFunctionEventInvokeConfig); then the URLs and aliases the code no longer declares.
/// A permanent failure of one part is recorded (function, operation, AWS error) and the other parts still run.
/// </summary>
internal sealed partial class OperationsDeployer
{
    /// <summary>The statement ids of the public function URL's resource-based policy (research-14 §1.3–1.4); LambdaGen adds and
    /// removes only statements with these ids.</summary>
    public const string UrlPublicStatementId = "LambdaGen-FunctionUrlAllowPublicAccess";
    public const string UrlInvokeStatementId = "LambdaGen-FunctionUrlAllowInvokeFunction";

    private readonly DeployServices _services;
    private readonly FunctionManifest _manifest;
    private readonly string _name;
    private readonly Action<string> _info;
    private readonly Func<string, Func<CancellationToken, Task<object?>>, bool, CancellationToken, Task<object?>> _call;

    public OperationsDeployer(DeployServices services, FunctionManifest manifest, Action<string> info,
        Func<string, Func<CancellationToken, Task<object?>>, bool, CancellationToken, Task<object?>> call)
    {
        _services = services;
        _manifest = manifest;
        _name = manifest.FunctionName;
        _info = info;
        _call = call;
    }

    /// <summary>What changed (or would change in a dry run), one short label each: <c>concurrency</c>, <c>alias live</c>, <c>-url</c>.</summary>
    public List<string> Changes { get; } = new();

    /// <summary>Parts that failed: "<c>&lt;operation&gt; failed: &lt;error type&gt;: &lt;message&gt;</c>".</summary>
    public List<string> Failures { get; } = new();

    private bool DryRun => _services.Options.DryRun;

    private OperationManifest? Declared(string operation) => _manifest.Operation(operation);

    private IEnumerable<OperationManifest> DeclaredPerAlias(string operation) => _manifest.Operations.Where(o => o.Operation == operation && o.Alias is not null);

    /// <param name="exists">false when the function did not exist before this run (just created, or would be): nothing needs reading.</param>
    /// <param name="publishedVersion">The version this run published, or null when it published none (or, in a dry run, will publish:
    /// see <paramref name="willPublish"/>).</param>
    public async Task RunAsync(bool exists, string? publishedVersion, bool willPublish, CancellationToken cancellationToken)
    {
        await PartAsync("PutFunctionConcurrency", ct => ConcurrencyAsync(exists, ct), cancellationToken);

        // What the function has: aliases and provisioned configs (read once; the parts below use both).
        var aliases = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var provisioned = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        bool aliasesRead = !exists;
        if (exists)
        {
            bool declaresAliases = _manifest.Operations.Any(o => o.Alias is not null);
            aliasesRead = await PartAsync("ListAliases", async ct =>
            {
                List<JsonObject> listed;
                try
                {
                    listed = await Read("ListAliases", c => _services.Lambda.ListAliasesAsync(_name, c), ct);
                }
                catch (AwsApiException ex) when (!declaresAliases && IsDenied(ex))
                {
                    _info($"ListAliases was denied ({ex.ErrorType}); no [LambdaAlias] is declared, so none is checked or removed");
                    throw new SkipException();
                }
                foreach (JsonObject alias in listed)
                {
                    if (alias.GetString("Name") is { } n)
                    {
                        aliases[n] = alias;
                    }
                }
                foreach (JsonObject config in await Read("ListProvisionedConcurrencyConfigs", c => _services.Lambda.ListProvisionedConcurrencyConfigsAsync(_name, c), ct))
                {
                    if (Qualifier(config.GetString("FunctionArn")) is { } q)
                    {
                        provisioned[q] = config;
                    }
                }
            }, cancellationToken);
        }

        if (aliasesRead)
        {
            await ProvisionedRemovalsAsync(provisioned, cancellationToken);
            var aliasesOk = await AliasesAsync(aliases, publishedVersion, willPublish, exists, cancellationToken);
            await ProvisionedAsync(provisioned, aliasesOk, cancellationToken);
        }

        List<JsonObject>? urls = exists ? null : new List<JsonObject>();
        if (exists)
        {
            await PartAsync("ListFunctionUrlConfigs", async ct =>
            {
                try
                {
                    urls = await Read("ListFunctionUrlConfigs", c => _services.Lambda.ListFunctionUrlConfigsAsync(_name, c), ct);
                }
                catch (AwsApiException ex) when (Declared("CreateFunctionUrlConfig") is null && IsDenied(ex))
                {
                    _info($"ListFunctionUrlConfigs was denied ({ex.ErrorType}); no [LambdaFunctionUrl] is declared, so none is checked or removed");
                    throw new SkipException();
                }
            }, cancellationToken);
        }
        if (urls is not null)
        {
            await PartAsync("CreateFunctionUrlConfig", ct => UrlAsync(urls, exists, ct), cancellationToken);
        }

        await PartAsync("PutFunctionEventInvokeConfig", ct => AsyncInvokeAsync(exists, ct), cancellationToken);

        if (urls is not null)
        {
            await UrlRemovalsAsync(urls, cancellationToken);
        }
        if (aliasesRead)
        {
            foreach (string alias in aliases.Keys.Where(a => !DeclaredPerAlias("CreateAlias").Any(o => o.Alias == a)).OrderBy(a => a, StringComparer.Ordinal))
            {
                await PartAsync("DeleteAlias", async ct =>
                {
                    Change($"-alias {alias}", $"deleting alias {alias} (no [LambdaAlias(\"{alias}\")] any more)");
                    if (!DryRun)
                    {
                        await Write("DeleteAlias", c => _services.Lambda.DeleteAliasAsync(_name, alias, c), ct);
                    }
                }, cancellationToken);
            }
        }

        await EventSourceMappingsAsync(exists, cancellationToken);
    }

    // ---------------------------------------------------------------- reserved concurrency

    private async Task ConcurrencyAsync(bool exists, CancellationToken cancellationToken)
    {
        OperationManifest? declared = Declared("PutFunctionConcurrency");
        int? wanted = declared?.Body["ReservedConcurrentExecutions"] is JsonValue v && v.TryGetValue(out int n) ? n : null;
        int? deployed = null;
        if (exists)
        {
            try
            {
                deployed = await Read("GetFunctionConcurrency", c => _services.Lambda.GetFunctionConcurrencyAsync(_name, c), cancellationToken);
            }
            catch (AwsApiException ex) when (declared is null && IsDenied(ex))
            {
                _info($"GetFunctionConcurrency was denied ({ex.ErrorType}); no reserved concurrency is declared, so none is checked or removed");
                return;
            }
        }
        if (declared is not null && deployed != wanted)
        {
            Change("concurrency", $"setting reserved concurrency {Text(deployed)} -> {wanted} ({declared.FileName})");
            if (!DryRun)
            {
                await Write("PutFunctionConcurrency", c => _services.Lambda.PutFunctionConcurrencyAsync(_name, declared.RequestBody(), c), cancellationToken);
            }
        }
        else if (declared is null && deployed is not null)
        {
            Change("-concurrency", $"removing reserved concurrency {deployed} (no ReservedConcurrentExecutions any more)");
            if (!DryRun)
            {
                await Write("DeleteFunctionConcurrency", c => _services.Lambda.DeleteFunctionConcurrencyAsync(_name, c), cancellationToken);
            }
        }
    }

    // ---------------------------------------------------------------- aliases

    /// <returns>The aliases that exist (or, in a dry run, would) after this part, for the provisioned concurrency set on them.</returns>
    private async Task<HashSet<string>> AliasesAsync(Dictionary<string, JsonObject> deployed, string? publishedVersion, bool willPublish, bool exists, CancellationToken cancellationToken)
    {
        var ready = new HashSet<string>(deployed.Keys, StringComparer.Ordinal);
        var declared = DeclaredPerAlias("CreateAlias").ToList();
        if (declared.Count == 0)
        {
            return ready;
        }

        string? version = publishedVersion;
        string versionText = version ?? "";
        if (version is null && DryRun && willPublish)
        {
            versionText = "(the version this deploy publishes)";
        }
        else if (version is null)
        {
            // Nothing was published because nothing changed: the aliases still point at the latest published version.
            bool ok = await PartAsync("ListVersionsByFunction", async ct =>
            {
                if (!exists)
                {
                    return;
                }
                var versions = await Read("ListVersionsByFunction", c => _services.Lambda.ListVersionsByFunctionAsync(_name, c), ct);
                version = versions
                    .Select(o => o.GetString("Version"))
                    .Where(s => s is not null && s.All(char.IsAsciiDigit))
                    .OrderBy(s => s!.Length).ThenBy(s => s, StringComparer.Ordinal)
                    .LastOrDefault();
            }, cancellationToken);
            if (!ok)
            {
                return ready;
            }
            if (version is null)
            {
                Failures.Add($"CreateAlias failed: NoPublishedVersion: the function has no published version for {Plural(declared.Count, "alias", "aliases")} ({string.Join(", ", declared.Select(d => d.Alias))}) to point at; set Publish = true on [LambdaFunction]");
                _services.Log.Error(declared[0].ManifestPath, "LGD050", $"{_name}: {Failures[^1]}");
                return ready;
            }
            versionText = version;
        }
        else
        {
            versionText = version;
        }

        foreach (OperationManifest alias in declared.OrderBy(a => a.Alias, StringComparer.Ordinal))
        {
            string name = alias.Alias!;
            string description = alias.Body.GetString("Description") ?? "";
            if (!deployed.TryGetValue(name, out JsonObject? current))
            {
                bool created = await PartAsync("CreateAlias", async ct =>
                {
                    Change($"alias {name}", $"creating alias {name} -> {versionText} ({alias.FileName})");
                    if (!DryRun)
                    {
                        JsonObject body = alias.RequestBody();
                        body["FunctionVersion"] = version;
                        await Write("CreateAlias", c => _services.Lambda.CreateAliasAsync(_name, body, c), ct);
                    }
                }, cancellationToken);
                if (created)
                {
                    ready.Add(name);
                }
                continue;
            }

            string? currentVersion = current.GetString("FunctionVersion");
            string currentDescription = current.GetString("Description") ?? "";
            bool moves = version is null ? DryRun && willPublish : !string.Equals(currentVersion, version, StringComparison.Ordinal);
            bool describes = !string.Equals(currentDescription, description, StringComparison.Ordinal);
            if (!moves && !describes)
            {
                continue;
            }
            await PartAsync("UpdateAlias", async ct =>
            {
                var parts = new List<string>();
                if (moves)
                {
                    parts.Add($"{currentVersion} -> {versionText}");
                }
                if (describes)
                {
                    parts.Add($"Description \"{currentDescription}\" -> \"{description}\"");
                }
                Change($"alias {name}", $"updating alias {name}: {string.Join(", ", parts)}");
                if (!DryRun)
                {
                    var body = new JsonObject { ["FunctionVersion"] = version, ["Description"] = description };
                    await Write("UpdateAlias", c => _services.Lambda.UpdateAliasAsync(_name, name, body, c), ct);
                }
            }, cancellationToken);
        }
        return ready;
    }

    // ---------------------------------------------------------------- provisioned concurrency

    private async Task ProvisionedRemovalsAsync(Dictionary<string, JsonObject> deployed, CancellationToken cancellationToken)
    {
        var declared = new HashSet<string>(DeclaredPerAlias("PutProvisionedConcurrencyConfig").Select(o => o.Alias!), StringComparer.Ordinal);
        foreach (string qualifier in deployed.Keys.Where(q => !declared.Contains(q)).OrderBy(q => q, StringComparer.Ordinal).ToList())
        {
            await PartAsync("DeleteProvisionedConcurrencyConfig", async ct =>
            {
                Change($"-provisioned {qualifier}", $"removing provisioned concurrency {Requested(deployed[qualifier])} of {qualifier} (no ProvisionedConcurrentExecutions any more)");
                if (!DryRun)
                {
                    await Write("DeleteProvisionedConcurrencyConfig", c => _services.Lambda.DeleteProvisionedConcurrencyConfigAsync(_name, qualifier, c), ct);
                }
            }, cancellationToken);
            deployed.Remove(qualifier);
        }
    }

    private async Task ProvisionedAsync(Dictionary<string, JsonObject> deployed, HashSet<string> aliases, CancellationToken cancellationToken)
    {
        foreach (OperationManifest config in DeclaredPerAlias("PutProvisionedConcurrencyConfig").OrderBy(o => o.Alias, StringComparer.Ordinal))
        {
            string alias = config.Alias!;
            int? wanted = config.Body["ProvisionedConcurrentExecutions"] is JsonValue v && v.TryGetValue(out int n) ? n : null;
            deployed.TryGetValue(alias, out JsonObject? current);
            int? requested = current is null ? null : Requested(current);
            string? status = current.GetString("Status");
            if (requested == wanted && status != "FAILED")
            {
                continue;
            }
            if (!aliases.Contains(alias))
            {
                continue; // the alias could not be created: its failure is reported already
            }
            await PartAsync("PutProvisionedConcurrencyConfig", async ct =>
            {
                Change($"provisioned {alias}", $"setting provisioned concurrency of {alias} {Text(requested)}{(status == "FAILED" ? " (FAILED)" : "")} -> {wanted} ({config.FileName})");
                if (DryRun)
                {
                    return;
                }
                await Write("PutProvisionedConcurrencyConfig", c => _services.Lambda.PutProvisionedConcurrencyConfigAsync(_name, alias, config.RequestBody(), c), ct);
                _info($"waiting for provisioned concurrency of {alias} to be READY");
                for (int poll = 1; poll <= _services.Options.ProvisionedConcurrencyMaxPolls; poll++)
                {
                    await _services.Delay(_services.Options.PollInterval, ct);
                    JsonObject now = await Read("GetProvisionedConcurrencyConfig", c => _services.Lambda.GetProvisionedConcurrencyConfigAsync(_name, alias, c), ct);
                    switch (now.GetString("Status"))
                    {
                        case "READY":
                            _info($"provisioned concurrency of {alias} is READY ({now["AllocatedProvisionedConcurrentExecutions"]?.ToJsonString() ?? "?"} allocated)");
                            return;
                        case "FAILED":
                            throw new PartException("PutProvisionedConcurrencyConfig", "Status FAILED", now.GetString("StatusReason") ?? "(no StatusReason given)");
                    }
                }
                throw new PartException("PutProvisionedConcurrencyConfig", "Timeout",
                    $"provisioned concurrency of {alias} was still IN_PROGRESS after {_services.Options.ProvisionedConcurrencyMaxPolls} polls {Retry.RetryingCaller.Format(_services.Options.PollInterval)} apart");
            }, cancellationToken);
        }
    }

    // ---------------------------------------------------------------- function URL

    private async Task UrlAsync(List<JsonObject> deployed, bool exists, CancellationToken cancellationToken)
    {
        OperationManifest? declared = Declared("CreateFunctionUrlConfig");
        if (declared is null)
        {
            return;
        }
        string? qualifier = declared.Body.GetString("Qualifier");
        JsonObject? current = deployed.FirstOrDefault(u => Qualifier(u.GetString("FunctionArn")) == qualifier);
        JsonObject body = declared.RequestBody();
        string target = qualifier is null ? "the function" : $"alias {qualifier}";
        if (current is null)
        {
            Change("url", $"creating the function URL of {target}: AuthType {body.GetString("AuthType")} ({declared.FileName})");
            if (!DryRun)
            {
                await Write("CreateFunctionUrlConfig", c => _services.Lambda.CreateFunctionUrlConfigAsync(_name, qualifier, body, c), cancellationToken);
            }
        }
        else
        {
            var differences = new List<string>();
            if (current.GetString("AuthType") != body.GetString("AuthType"))
            {
                differences.Add($"AuthType {current.GetString("AuthType")} -> {body.GetString("AuthType")}");
            }
            if ((current.GetString("InvokeMode") ?? "BUFFERED") != (body.GetString("InvokeMode") ?? "BUFFERED"))
            {
                differences.Add($"InvokeMode {current.GetString("InvokeMode") ?? "BUFFERED"} -> {body.GetString("InvokeMode") ?? "BUFFERED"}");
            }
            JsonObject wantedCors = Cors(body["Cors"] as JsonObject);
            JsonObject deployedCors = Cors(current["Cors"] as JsonObject);
            if (!JsonNode.DeepEquals(wantedCors, deployedCors))
            {
                differences.Add($"Cors {deployedCors.ToJsonString()} -> {wantedCors.ToJsonString()}");
            }
            if (differences.Count > 0)
            {
                Change("url", $"updating the function URL of {target}: {string.Join(", ", differences)}");
                if (!DryRun)
                {
                    // Update replaces what it is given: the whole Cors (empty when none is declared) and the InvokeMode.
                    JsonObject update = body.DeepClone().AsObject();
                    update["Cors"] = body["Cors"]?.DeepClone() ?? new JsonObject();
                    update["InvokeMode"] = body.GetString("InvokeMode") ?? "BUFFERED";
                    await Write("UpdateFunctionUrlConfig", c => _services.Lambda.UpdateFunctionUrlConfigAsync(_name, qualifier, update, c), cancellationToken);
                }
            }
        }
        await PublicStatementsAsync(qualifier, body.GetString("AuthType") == "NONE", exists, cancellationToken);
    }

    /// <summary>AuthType NONE needs both public statements (research-14 §1.2–1.5, since October 2025); AWS_IAM or no URL needs neither.</summary>
    private async Task PublicStatementsAsync(string? qualifier, bool wanted, bool exists, CancellationToken cancellationToken)
    {
        HashSet<string> present = exists
            ? await Read("GetPolicy", c => _services.Lambda.GetPolicyStatementIdsAsync(_name, qualifier, c), cancellationToken)
            : new HashSet<string>(StringComparer.Ordinal);
        string target = qualifier is null ? "" : $" of alias {qualifier}";
        if (wanted)
        {
            if (!present.Contains(UrlPublicStatementId))
            {
                Change("url-public", $"adding the public access statement{target} ({UrlPublicStatementId}: lambda:InvokeFunctionUrl for *, FunctionUrlAuthType NONE)");
                if (!DryRun)
                {
                    var body = new JsonObject { ["StatementId"] = UrlPublicStatementId, ["Action"] = "lambda:InvokeFunctionUrl", ["Principal"] = "*", ["FunctionUrlAuthType"] = "NONE" };
                    await Write("AddPermission", c => _services.Lambda.AddPermissionAsync(_name, qualifier, body, c), cancellationToken);
                }
            }
            if (!present.Contains(UrlInvokeStatementId))
            {
                Change("url-public", $"adding the public invoke statement{target} ({UrlInvokeStatementId}: lambda:InvokeFunction for *, InvokedViaFunctionUrl true)");
                if (!DryRun)
                {
                    var body = new JsonObject { ["StatementId"] = UrlInvokeStatementId, ["Action"] = "lambda:InvokeFunction", ["Principal"] = "*", ["InvokedViaFunctionUrl"] = true };
                    await Write("AddPermission", c => _services.Lambda.AddPermissionAsync(_name, qualifier, body, c), cancellationToken);
                }
            }
            return;
        }
        foreach (string sid in new[] { UrlPublicStatementId, UrlInvokeStatementId }.Where(present.Contains))
        {
            Change("-url-public", $"removing the public statement {sid}{target} (the URL is no longer AuthType NONE)");
            if (!DryRun)
            {
                await Write("RemovePermission", c => _services.Lambda.RemovePermissionAsync(_name, qualifier, sid, c), cancellationToken);
            }
        }
    }

    /// <summary>Every URL but the declared one is removed, with LambdaGen's public statements on its qualifier (deleting a URL leaves the policy).</summary>
    private async Task UrlRemovalsAsync(List<JsonObject> deployed, CancellationToken cancellationToken)
    {
        OperationManifest? declared = Declared("CreateFunctionUrlConfig");
        string? keep = declared?.Body.GetString("Qualifier");
        foreach (JsonObject url in deployed)
        {
            string? qualifier = Qualifier(url.GetString("FunctionArn"));
            if (declared is not null && qualifier == keep)
            {
                continue;
            }
            await PartAsync("DeleteFunctionUrlConfig", async ct =>
            {
                Change("-url", $"deleting the function URL of {(qualifier is null ? "the function" : $"alias {qualifier}")} ({url.GetString("FunctionUrl")}; no [LambdaFunctionUrl]{(declared is null ? "" : " for it")} any more)");
                if (!DryRun)
                {
                    await Write("DeleteFunctionUrlConfig", c => _services.Lambda.DeleteFunctionUrlConfigAsync(_name, qualifier, c), ct);
                }
                await PublicStatementsAsync(qualifier, wanted: false, exists: true, ct);
            }, cancellationToken);
        }
    }

    // ---------------------------------------------------------------- asynchronous invocation

    private async Task AsyncInvokeAsync(bool exists, CancellationToken cancellationToken)
    {
        OperationManifest? declared = Declared("PutFunctionEventInvokeConfig");
        JsonObject? deployed = null;
        if (exists)
        {
            try
            {
                deployed = await Read("GetFunctionEventInvokeConfig", c => _services.Lambda.GetFunctionEventInvokeConfigAsync(_name, c), cancellationToken);
            }
            catch (AwsApiException ex) when (declared is null && IsDenied(ex))
            {
                _info($"GetFunctionEventInvokeConfig was denied ({ex.ErrorType}); no [LambdaAsyncInvoke] is declared, so none is checked or removed");
                return;
            }
        }
        if (declared is not null)
        {
            JsonObject wanted = AsyncShape(declared.RequestBody());
            JsonObject? current = deployed is null ? null : AsyncShape(deployed);
            if (current is not null && JsonNode.DeepEquals(wanted, current))
            {
                return;
            }
            Change("async", current is null
                ? $"setting the asynchronous invocation config {wanted.ToJsonString()} ({declared.FileName})"
                : $"setting the asynchronous invocation config {current.ToJsonString()} -> {wanted.ToJsonString()}");
            if (!DryRun)
            {
                await Write("PutFunctionEventInvokeConfig", c => _services.Lambda.PutFunctionEventInvokeConfigAsync(_name, declared.RequestBody(), c), cancellationToken);
            }
        }
        else if (deployed is not null)
        {
            Change("-async", "removing the asynchronous invocation config (no [LambdaAsyncInvoke] any more)");
            if (!DryRun)
            {
                await Write("DeleteFunctionEventInvokeConfig", c => _services.Lambda.DeleteFunctionEventInvokeConfigAsync(_name, c), cancellationToken);
            }
        }
    }

    /// <summary>The members Put sets, as comparable JSON: retries (default 2), event age (default 21600), the two destinations (empty: none).</summary>
    private static JsonObject AsyncShape(JsonObject config)
    {
        int? Int(string member) => config[member] is JsonValue v && v.TryGetValue(out int n) ? n : null;
        string Destination(string which) => (config["DestinationConfig"]?[which] as JsonObject).GetString("Destination") ?? "";
        return new JsonObject
        {
            ["MaximumRetryAttempts"] = Int("MaximumRetryAttempts") ?? 2,
            ["MaximumEventAgeInSeconds"] = Int("MaximumEventAgeInSeconds") ?? 21600,
            ["OnSuccess"] = Destination("OnSuccess"),
            ["OnFailure"] = Destination("OnFailure"),
        };
    }

    /// <summary>Cors as comparable JSON: members at their defaults (false, 0, empty lists) left out, lists compared in order.</summary>
    private static JsonObject Cors(JsonObject? cors)
    {
        var shape = new JsonObject();
        foreach (string member in new[] { "AllowCredentials", "AllowHeaders", "AllowMethods", "AllowOrigins", "ExposeHeaders", "MaxAge" })
        {
            JsonNode? value = cors?[member];
            bool isDefault = value is null
                || (value is JsonArray { Count: 0 })
                || (value is JsonValue b && b.TryGetValue(out bool flag) && !flag)
                || (value is JsonValue n && n.TryGetValue(out int number) && number == 0);
            if (!isDefault)
            {
                shape[member] = value!.DeepClone();
            }
        }
        return shape;
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The qualifier of a qualified function ARN (<c>…:function:orders:live</c> → <c>live</c>), or null for the unqualified function.</summary>
    internal static string? Qualifier(string? functionArn)
    {
        if (functionArn is null)
        {
            return null;
        }
        string[] parts = functionArn.Split(':');
        return parts.Length >= 8 && parts[7].Length > 0 ? parts[7] : null;
    }

    private static int? Requested(JsonObject config) =>
        config["RequestedProvisionedConcurrentExecutions"] is JsonValue v && v.TryGetValue(out int n) ? n : null;

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(none)";

    private static string Plural(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static bool IsDenied(AwsApiException ex) => ex.StatusCode == 403 && ex.ErrorType == "AccessDeniedException";

    private void Change(string label, string line)
    {
        if (!Changes.Contains(label))
        {
            Changes.Add(label);
        }
        _info(DryRun ? "plan: " + line : line);
    }

    private async Task<T> Read<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        (T)(await _call(operation, async ct => await call(ct), false, cancellationToken))!;

    /// <summary>A write, retried on 429/5xx and, except for the creates (where 409 means "exists"), on 409 while an update is in progress.</summary>
    private Task Write(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        _call(operation, async ct => { await call(ct); return null; }, RetriesConflicts(operation), cancellationToken);

    private Task Write<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        _call(operation, async ct => await call(ct), RetriesConflicts(operation), cancellationToken);

    private static bool RetriesConflicts(string operation) => operation is not ("CreateAlias" or "CreateFunctionUrlConfig" or "AddPermission");

    /// <summary>Runs one part; a permanent failure is logged (LGD050, function, operation, AWS error) and recorded, and the run goes on.</summary>
    private async Task<bool> PartAsync(string operation, Func<CancellationToken, Task> part, CancellationToken cancellationToken)
    {
        string? failure = null;
        try
        {
            await part(cancellationToken);
            return true;
        }
        catch (AwsApiException ex)
        {
            failure = $"{ex.Operation} failed: {ex.ErrorType}: {ex.AwsMessage}";
        }
        catch (AwsConnectionException ex)
        {
            failure = $"{ex.Operation} failed: ConnectionFailure: {ex.InnerException?.Message ?? ex.Message}";
        }
        catch (SkipException)
        {
            return false; // a read the deploy role may not make, for something the code does not declare: nothing to do
        }
        catch (PartException ex)
        {
            failure = $"{ex.Operation} failed: {ex.ErrorType}: {ex.Message}";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = $"{operation} failed: {ex.GetType().Name}: {ex.Message}";
        }
        Failures.Add(failure);
        _services.Log.Error(_manifest.ManifestPath, "LGD050", $"{_name}: {failure}");
        return false;
    }

    /// <summary>Ends a part that has nothing to do without a failure.</summary>
    private sealed class SkipException : Exception
    {
    }

    private sealed class PartException(string operation, string errorType, string message) : Exception(message)
    {
        public string Operation { get; } = operation;
        public string ErrorType { get; } = errorType;
    }
}
