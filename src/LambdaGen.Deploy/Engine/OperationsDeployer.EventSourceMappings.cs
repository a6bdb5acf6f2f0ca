using System.Text.Json.Nodes;
using LambdaGen.Deploy.Lambda;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Planning;

namespace LambdaGen.Deploy.Engine;

/// <summary>
/// The function's event source mappings (<c>&lt;function&gt;.esm.&lt;source&gt;.json</c>), last of its operations: list what the
/// function has, let any mapping that is moving between states settle, then (<see cref="EventSourceMappingPlan"/>) update what
/// differs, create what is missing and delete what the code no longer declares, waiting after each call until the mapping is
/// Enabled or Disabled (or gone). A mapping that is not settled refuses updates and deletes with a 400 ResourceInUseException
/// rather than the 409 the retry policy handles, so that error means "wait for its state, then call again". Each mapping is its
/// own part: one that fails is recorded with its manifest and what was left undone, and the others still run.
/// </summary>
internal sealed partial class OperationsDeployer
{
    /// <summary>How often an update or delete refused with ResourceInUseException waits for the mapping and tries again.</summary>
    private const int InUseAttempts = 5;

    private async Task EventSourceMappingsAsync(bool exists, CancellationToken cancellationToken)
    {
        var declared = _manifest.Operations.Where(o => o.Operation == EventSourceMappingManifest.Operation).ToList();
        var deployed = new List<JsonObject>();
        if (exists)
        {
            bool read = await PartAsync("ListEventSourceMappings", async ct =>
            {
                try
                {
                    deployed = await Read("ListEventSourceMappings", c => _services.Lambda.ListEventSourceMappingsAsync(_name, c), ct);
                }
                catch (AwsApiException ex) when (declared.Count == 0 && IsDenied(ex))
                {
                    _info($"ListEventSourceMappings was denied ({ex.ErrorType}); no [LambdaEventSource] is declared, so none is checked or removed");
                    throw new SkipException();
                }
                var settled = new List<JsonObject>();
                foreach (JsonObject mapping in deployed)
                {
                    if (EventSourceMappingFields.IsSettled(mapping) || mapping.GetString("UUID") is not { } uuid)
                    {
                        settled.Add(mapping);
                        continue;
                    }
                    // A mapping being deleted is waited out until it is gone, so a source declared again is created anew.
                    bool deleting = mapping.GetString("State") == "Deleting";
                    _info($"event source mapping {uuid} is {mapping.GetString("State")}; waiting for it to {(deleting ? "be deleted" : "settle")} before comparing");
                    if (await SettledAsync("ListEventSourceMappings", uuid, gone: deleting, ct) is { } now)
                    {
                        settled.Add(now);
                    }
                }
                deployed = settled;
            }, cancellationToken);
            if (!read)
            {
                return;
            }
        }

        var actions = EventSourceMappingPlan.Plan(declared, deployed);
        foreach (MappingAction action in actions.OrderBy(a => a.Kind switch { MappingActionKind.Update => 0, MappingActionKind.Create => 1, MappingActionKind.NoChange => 2, _ => 3 }))
        {
            switch (action.Kind)
            {
                case MappingActionKind.Create:
                    await PartAsync(EventSourceMappingManifest.Operation, ct => CreateMappingAsync(action, ct), cancellationToken);
                    break;
                case MappingActionKind.Update or MappingActionKind.NoChange when action.Conflicts.Count > 0:
                    ReportConflict(action);
                    break;
                case MappingActionKind.Update:
                    await PartAsync("UpdateEventSourceMapping", ct => UpdateMappingAsync(action, ct), cancellationToken);
                    break;
                case MappingActionKind.Delete:
                    await PartAsync("DeleteEventSourceMapping", ct => DeleteMappingAsync(action, ct), cancellationToken);
                    break;
            }
        }
    }

    private async Task CreateMappingAsync(MappingAction action, CancellationToken cancellationToken)
    {
        OperationManifest manifest = action.Manifest!;
        Change($"esm {EventSourceMappingManifest.Label(action.Key)}", $"creating the event source mapping for {EventSourceMappingManifest.Describe(action.Key)} ({manifest.FileName})");
        if (DryRun)
        {
            return;
        }
        JsonObject created;
        try
        {
            // 409 means "exists" here, not "busy": no conflict retries.
            created = await Guarded(manifest, "the mapping was not created", async () => (JsonObject)(await _call(EventSourceMappingManifest.Operation,
                async ct => await _services.Lambda.CreateEventSourceMappingAsync(action.Body!, ct), false, cancellationToken))!);
        }
        catch (PartException ex) when (ex.ErrorType == "ResourceConflictException")
        {
            // Created meanwhile (another deploy, or our own request whose answer was lost): compare with it instead.
            _info($"{EventSourceMappingManifest.Operation}: the mapping for {EventSourceMappingManifest.Describe(action.Key)} already exists (ResourceConflictException); updating it instead");
            var listed = await Read("ListEventSourceMappings", c => _services.Lambda.ListEventSourceMappingsAsync(_name, c), cancellationToken);
            MappingAction? again = EventSourceMappingPlan.Plan([manifest], listed).FirstOrDefault(a => a.Key == action.Key && a.Kind != MappingActionKind.Delete);
            if (again is null || again.Kind == MappingActionKind.Create)
            {
                throw;
            }
            if (again.Conflicts.Count > 0)
            {
                ReportConflict(again);
                return;
            }
            if (again.Kind == MappingActionKind.Update)
            {
                await UpdateMappingAsync(again, cancellationToken);
            }
            return;
        }
        await ReportSettledAsync(EventSourceMappingManifest.Operation, created.GetString("UUID")!, action.Key, manifest, "the mapping was created", cancellationToken);
    }

    private async Task UpdateMappingAsync(MappingAction action, CancellationToken cancellationToken)
    {
        OperationManifest manifest = action.Manifest!;
        string uuid = action.Uuid!;
        Change($"esm {EventSourceMappingManifest.Label(action.Key)}",
            $"updating the event source mapping {uuid} for {EventSourceMappingManifest.Describe(action.Key)}: {string.Join("; ", action.Changes)}");
        if (DryRun)
        {
            return;
        }
        await WhenSettledAsync("UpdateEventSourceMapping", uuid, manifest, "the mapping was left as it was",
            ct => _services.Lambda.UpdateEventSourceMappingAsync(uuid, action.Body!, ct), cancellationToken);
        await ReportSettledAsync("UpdateEventSourceMapping", uuid, action.Key, manifest, "the update was accepted", cancellationToken);
    }

    private async Task DeleteMappingAsync(MappingAction action, CancellationToken cancellationToken)
    {
        string uuid = action.Uuid!;
        Change($"-esm {EventSourceMappingManifest.Label(action.Key)}",
            $"deleting the event source mapping {uuid} for {EventSourceMappingManifest.Describe(action.Key)} (no [LambdaEventSource] for it any more)");
        if (DryRun)
        {
            return;
        }
        await WhenSettledAsync("DeleteEventSourceMapping", uuid, null, "the mapping was left as it was",
            ct => _services.Lambda.DeleteEventSourceMappingAsync(uuid, ct), cancellationToken);
        await SettledAsync("DeleteEventSourceMapping", uuid, gone: true, cancellationToken);
        _info($"event source mapping {uuid} for {EventSourceMappingManifest.Describe(action.Key)} is deleted");
    }

    /// <summary>An update or delete; a ResourceInUseException (the mapping is moving between states) waits for its state and calls again.</summary>
    private async Task WhenSettledAsync(string operation, string uuid, OperationManifest? manifest, string undone,
        Func<CancellationToken, Task<JsonObject>> call, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await Guarded(manifest, undone, () => Write(operation, call, cancellationToken));
                return;
            }
            catch (PartException ex) when (ex.ErrorType == "ResourceInUseException" && attempt < InUseAttempts)
            {
                _info($"{operation}: event source mapping {uuid} is in use ({ex.Message}); waiting for its state to settle, then trying again ({attempt}/{InUseAttempts - 1})");
                await SettledAsync(operation, uuid, gone: false, cancellationToken);
            }
        }
    }

    private async Task ReportSettledAsync(string operation, string uuid, string key, OperationManifest manifest, string done, CancellationToken cancellationToken)
    {
        JsonObject? settled = await SettledAsync(operation, uuid, gone: false, cancellationToken, $"{done} ({manifest.FileName})");
        _info($"event source mapping {uuid} for {EventSourceMappingManifest.Describe(key)} is {settled?.GetString("State") ?? "gone"}");
    }

    /// <summary>
    /// Polls GetEventSourceMapping (<see cref="DeployOptions.PollInterval"/> apart, at most <see cref="DeployOptions.MaxPolls"/> times)
    /// until the mapping is Enabled or Disabled, or, with <paramref name="gone"/>, until it no longer exists. Returns the settled
    /// mapping (null when gone).
    /// </summary>
    private async Task<JsonObject?> SettledAsync(string operation, string uuid, bool gone, CancellationToken cancellationToken, string? done = null)
    {
        string state = "?";
        for (int poll = 1; poll <= _services.Options.MaxPolls; poll++)
        {
            JsonObject? now = await Read("GetEventSourceMapping", c => _services.Lambda.GetEventSourceMappingAsync(uuid, c), cancellationToken);
            if (now is null)
            {
                return gone ? null : throw new PartException(operation, "ResourceNotFoundException",
                    $"event source mapping {uuid} disappeared while the deploy waited for it to settle{(done is null ? "" : "; " + done)}");
            }
            state = now.GetString("State") ?? "?";
            if (!gone && EventSourceMappingFields.IsSettled(now))
            {
                return now;
            }
            if (poll < _services.Options.MaxPolls)
            {
                await _services.Delay(_services.Options.PollInterval, cancellationToken);
            }
        }
        throw new PartException(operation, "Timeout",
            $"event source mapping {uuid} was still {state} after {_services.Options.MaxPolls} polls {Retry.RetryingCaller.Format(_services.Options.PollInterval)} apart{(done is null ? "" : "; " + done)}");
    }

    /// <summary>An AWS error of one mapping's call, with the manifest it came from and what was left undone.</summary>
    private static async Task<T> Guarded<T>(OperationManifest? manifest, string undone, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AwsApiException ex)
        {
            string from = manifest is null ? "" : $"the request from {manifest.FileName}; ";
            throw new PartException(ex.Operation, ex.ErrorType, $"{ex.AwsMessage} ({from}{undone})");
        }
    }

    private static async Task Guarded(OperationManifest? manifest, string undone, Func<Task> call) =>
        await Guarded(manifest, undone, async () => { await call(); return true; });

    /// <summary>A create-only member declared differently (LGD043, in the mapping's manifest): that mapping is left as it is; the
    /// function's result fails, and its other parts still run.</summary>
    private void ReportConflict(MappingAction action)
    {
        string uuid = action.Uuid!;
        string differences = string.Join("; ", action.Conflicts.Select(c => $"{c.Path} is {c.Wanted} in {action.Manifest!.FileName} but the deployed mapping has {c.Deployed}"));
        string message = $"{differences}. Lambda sets {string.Join(", ", action.Conflicts.Select(c => c.Path.Split('.')[0]).Distinct())} only when it creates a mapping, so the deploy changed nothing on mapping {uuid} " +
            $"for {EventSourceMappingManifest.Describe(action.Key)}. Delete it (aws lambda delete-event-source-mapping --uuid {uuid}) and deploy again to recreate it with the declared value, or declare the deployed value.";
        _info((DryRun ? "plan: " : "") + $"event source mapping {uuid}: " + string.Join("; ", action.Conflicts.Select(c => $"{c} (create-only: cannot be applied to an existing mapping)")));
        Failures.Add($"UpdateEventSourceMapping failed: {CreateOnlyConflictCode}: {message}");
        _services.Log.Error(action.Manifest!.ManifestPath, CreateOnlyConflictCode, $"{_name}: {message}");
    }

    private const string CreateOnlyConflictCode = Planning.CreateOnlyConflict.Code;
}
