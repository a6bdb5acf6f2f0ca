using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>
/// Runs a change set on a stack, recording the events CloudFormation would: the stack goes CREATE_IN_PROGRESS or
/// UPDATE_IN_PROGRESS, each resource is created or updated in dependency order, removed and replaced resources are
/// deleted in the cleanup phase, and the stack ends CREATE_COMPLETE or UPDATE_COMPLETE. When a resource is rejected the
/// stack rolls back: a new stack deletes what it made and ends ROLLBACK_COMPLETE; an update puts every changed resource
/// back, deletes what it added and ends UPDATE_ROLLBACK_COMPLETE, keeping the previous template and parameters.
/// The run is synchronous: once ExecuteChangeSet answers, the stack has settled and its events are all there.
/// </summary>
internal sealed class StackExecutor(LambdaResourceProvisioner provisioner, Func<DateTimeOffset> now)
{
    private const string StackType = "AWS::CloudFormation::Stack";
    private DateTimeOffset _last;

    public void Execute(StackRecord stack, ChangeSetRecord changeSet, IReadOnlyDictionary<string, string> pseudo)
    {
        var isCreate = changeSet.Type == "CREATE";
        var verb = isCreate ? "CREATE" : "UPDATE";
        SetStatus(stack, verb + "_IN_PROGRESS", "User Initiated");

        var working = new Dictionary<string, DeployedResource>(stack.Resources, StringComparer.Ordinal);
        var changes = changeSet.Changes.ToDictionary(c => c.LogicalId, StringComparer.Ordinal);
        var applied = new List<(PlannedChange Change, DeployedResource? Before)>();
        var replaced = new List<DeployedResource>();
        var parametersOnly = TemplateEvaluator.ParametersOnly(changeSet.Parameters, pseudo);
        var resources = changeSet.Template["Resources"] as JsonObject ?? new JsonObject();

        foreach (var id in ChangeSetPlanner.CreationOrder(changeSet.Template))
        {
            if (!changes.TryGetValue(id, out var change))
            {
                continue;
            }

            var node = resources[id]!;
            var type = node["Type"]?.GetValue<string>() ?? "";
            var resourceVerb = change.Action == "Add" ? "CREATE" : "UPDATE";
            working.TryGetValue(id, out var before);
            Event(stack, id, before?.PhysicalId, type, resourceVerb + "_IN_PROGRESS", null);
            try
            {
                var properties = new TemplateEvaluator(changeSet.Parameters, working, pseudo).Resolve(node["Properties"] ?? new JsonObject()) as JsonObject ?? new JsonObject();
                DeployedResource after;
                if (before is null || before.Type != type)
                {
                    after = provisioner.Create(stack.Name, id, type, properties);
                    if (before is not null)
                    {
                        replaced.Add(before);
                    }

                    Event(stack, id, after.PhysicalId, type, resourceVerb + "_IN_PROGRESS", "Resource creation Initiated");
                }
                else
                {
                    after = provisioner.Update(stack.Name, before, properties);
                    if (after.PhysicalId != before.PhysicalId)
                    {
                        replaced.Add(before);
                        Event(stack, id, after.PhysicalId, type, "UPDATE_IN_PROGRESS", "Requested update requires the creation of a new physical resource; hence creating one.");
                    }
                }

                after = after with { TemplateProperties = parametersOnly.Resolve(node["Properties"] ?? new JsonObject()) as JsonObject };
                working[id] = after;
                applied.Add((change, before));
                Event(stack, id, after.PhysicalId, type, resourceVerb + "_COMPLETE", null);
            }
            catch (Exception e) when (e is AwsServiceException or TemplateEvaluator.UnresolvedException)
            {
                Event(stack, id, before?.PhysicalId, type, resourceVerb + "_FAILED", Reason(e));
                if (isCreate)
                {
                    RollBackCreate(stack, working, applied, id, type, changeSet);
                }
                else
                {
                    RollBackUpdate(stack, working, applied, change, resourceVerb);
                }

                return;
            }
        }

        if (!isCreate)
        {
            SetStatus(stack, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null);
            var removed = changeSet.Changes.Where(c => c.Action == "Remove").Select(c => working[c.LogicalId]).ToList();
            foreach (var old in replaced.Concat(Enumerable.Reverse(removed)))
            {
                Delete(stack, old);
                if (removed.Contains(old))
                {
                    working.Remove(old.LogicalId);
                }
            }
        }

        stack.Resources = working;
        stack.Template = changeSet.Template;
        stack.TemplateBody = changeSet.TemplateBody;
        stack.Parameters = new Dictionary<string, string>(changeSet.Parameters, StringComparer.Ordinal);
        stack.Outputs = Outputs(changeSet.Template, changeSet.Parameters, working, pseudo);
        stack.LastUpdatedTime = isCreate ? null : now();
        SetStatus(stack, verb + "_COMPLETE", null);
    }

    private void RollBackCreate(StackRecord stack, Dictionary<string, DeployedResource> working, List<(PlannedChange Change, DeployedResource? Before)> applied, string failedId, string failedType, ChangeSetRecord changeSet)
    {
        SetStatus(stack, "ROLLBACK_IN_PROGRESS", $"The following resource(s) failed to create: [{failedId}]. Rollback requested by user.");
        var failed = false;
        foreach (var (change, _) in Enumerable.Reverse(applied))
        {
            failed |= !Delete(stack, working[change.LogicalId]);
        }

        Event(stack, failedId, null, failedType, "DELETE_COMPLETE", null);
        stack.Resources = failed ? working.Where(w => applied.Any(a => a.Change.LogicalId == w.Key)).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal) : new(StringComparer.Ordinal);
        stack.Template = changeSet.Template;
        stack.TemplateBody = changeSet.TemplateBody;
        stack.Parameters = new Dictionary<string, string>(changeSet.Parameters, StringComparer.Ordinal);
        SetStatus(stack, failed ? "ROLLBACK_FAILED" : "ROLLBACK_COMPLETE", null);
    }

    private void RollBackUpdate(StackRecord stack, Dictionary<string, DeployedResource> working, List<(PlannedChange Change, DeployedResource? Before)> applied,
        PlannedChange failedChange, string failedVerb)
    {
        SetStatus(stack, "UPDATE_ROLLBACK_IN_PROGRESS", $"The following resource(s) failed to {failedVerb.ToLowerInvariant()}: [{failedChange.LogicalId}]. ");
        var failed = false;

        // The failed resource is left as it was (its handler's call was refused); the ones changed before it are put back.
        var toRestore = Enumerable.Reverse(applied).ToList();
        var added = new List<DeployedResource>();
        foreach (var (change, before) in toRestore)
        {
            var current = working[change.LogicalId];
            if (before is null)
            {
                added.Add(current);
                continue;
            }

            Event(stack, before.LogicalId, before.PhysicalId, before.Type, "UPDATE_IN_PROGRESS", null);
            try
            {
                if (current.PhysicalId != before.PhysicalId)
                {
                    added.Add(current); // the replacement goes; the old resource was never deleted
                }
                else
                {
                    provisioner.Update(stack.Name, current, before.Properties);
                }

                Event(stack, before.LogicalId, before.PhysicalId, before.Type, "UPDATE_COMPLETE", null);
            }
            catch (AwsServiceException e)
            {
                failed = true;
                Event(stack, before.LogicalId, before.PhysicalId, before.Type, "UPDATE_FAILED", Reason(e));
            }
        }

        SetStatus(stack, failed ? "UPDATE_ROLLBACK_FAILED" : "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null);
        if (failed)
        {
            return;
        }

        foreach (var resource in added)
        {
            Delete(stack, resource);
        }

        stack.LastUpdatedTime = now();
        SetStatus(stack, "UPDATE_ROLLBACK_COMPLETE", null);
    }

    private bool Delete(StackRecord stack, DeployedResource resource)
    {
        Event(stack, resource.LogicalId, resource.PhysicalId, resource.Type, "DELETE_IN_PROGRESS", null);
        try
        {
            provisioner.Delete(resource);
            Event(stack, resource.LogicalId, resource.PhysicalId, resource.Type, "DELETE_COMPLETE", null);
            return true;
        }
        catch (AwsServiceException e)
        {
            Event(stack, resource.LogicalId, resource.PhysicalId, resource.Type, "DELETE_FAILED", Reason(e));
            return false;
        }
    }

    /// <summary>Deletes every resource (DeleteStack), newest first.</summary>
    public void DeleteAll(StackRecord stack)
    {
        SetStatus(stack, "DELETE_IN_PROGRESS", "User Initiated");
        var order = stack.Template is null ? stack.Resources.Keys.ToList() : ChangeSetPlanner.CreationOrder(stack.Template).Where(stack.Resources.ContainsKey).ToList();
        var failed = false;
        foreach (var id in Enumerable.Reverse(order))
        {
            if (Delete(stack, stack.Resources[id]))
            {
                stack.Resources.Remove(id);
            }
            else
            {
                failed = true;
            }
        }

        SetStatus(stack, failed ? "DELETE_FAILED" : "DELETE_COMPLETE", null);
    }

    private static Dictionary<string, string> Outputs(JsonObject template, IReadOnlyDictionary<string, string> parameters, Dictionary<string, DeployedResource> resources, IReadOnlyDictionary<string, string> pseudo)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (template["Outputs"] is not JsonObject declared)
        {
            return outputs;
        }

        var evaluator = new TemplateEvaluator(parameters, resources, pseudo);
        foreach (var (key, output) in declared)
        {
            if (evaluator.TryResolve(output?["Value"]) is { } value)
            {
                outputs[key] = value is JsonValue v ? v.ToString() : value.ToJsonString();
            }
        }

        return outputs;
    }

    /// <summary>The reason CloudFormation gives for a resource handler's error: the service's message, status and code.</summary>
    private static string Reason(Exception e) => e is AwsServiceException s
        ? $"Resource handler returned message: \"{s.Message} (Service: Lambda, Status Code: {s.Status})\" (HandlerErrorCode: {HandlerCode(s)})"
        : e.Message;

    private static string HandlerCode(AwsServiceException e) => e.ErrorType switch
    {
        "ResourceConflictException" => "AlreadyExists",
        "ResourceNotFoundException" => "NotFound",
        "TooManyRequestsException" => "Throttling",
        "UnsupportedResourceType" => "InvalidRequest",
        _ when e.Status >= 500 => "ServiceInternalError",
        _ => "InvalidRequest",
    };

    private void SetStatus(StackRecord stack, string status, string? reason)
    {
        stack.Status = status;
        stack.StatusReason = reason;
        Event(stack, stack.Name, stack.Id, StackType, status, reason);
    }

    public void Event(StackRecord stack, string logicalId, string? physicalId, string type, string status, string? reason)
    {
        // Strictly increasing times, so "newest first" is well defined even within one millisecond.
        var t = now();
        _last = t > _last ? t : _last.AddMilliseconds(1);
        stack.Events.Add(new StackEventRecord(Guid.NewGuid().ToString(), logicalId, physicalId, type, status, reason, _last));
    }
}
