using System.Xml.Linq;
using static LambdaGen.ControlPlane.CloudFormation.QueryXmlWriter;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>DescribeStacks, DescribeStackEvents, CreateStack, UpdateStack and DeleteStack, and the snapshot tests read.</summary>
internal sealed partial class CloudFormationOperations
{
    private IEnumerable<XElement?> DescribeStacks(QueryRequest request)
    {
        IEnumerable<StackRecord> stacks;
        if (request.Get("StackName") is { Length: > 0 } name)
        {
            // A deleted stack is still found by its ID, as DELETE_COMPLETE; by name it no longer exists.
            var stack = (name.StartsWith("arn:", StringComparison.Ordinal) ? _stacks.FirstOrDefault(s => s.Id == name) : Find(name))
                ?? throw CloudFormationErrors.StackNotFound(name);
            stacks = [stack];
        }
        else
        {
            stacks = _stacks.Where(s => s.Status != "DELETE_COMPLETE");
        }

        return [Members("Stacks", stacks.Select(StackMember))];
    }

    private static object?[] StackMember(StackRecord s) =>
    [
        E("StackId", s.Id),
        E("StackName", s.Name),
        E("ChangeSetId", s.ChangeSets.LastOrDefault()?.Id),
        E("Description", s.Template?["Description"]?.GetValue<string>()),
        Members("Parameters", s.Parameters.Select(p => new object?[] { E("ParameterKey", p.Key), E("ParameterValue", p.Value) })),
        E("CreationTime", Time(s.CreationTime)),
        E("LastUpdatedTime", s.LastUpdatedTime is { } t ? Time(t) : null),
        E("RollbackConfiguration"),
        E("StackStatus", s.Status),
        E("StackStatusReason", s.StatusReason),
        E("DisableRollback", "false"),
        E("NotificationARNs"),
        E("Capabilities"),
        Members("Outputs", s.Outputs.Select(o => new object?[] { E("OutputKey", o.Key), E("OutputValue", o.Value) })),
        E("Tags"),
        E("EnableTerminationProtection", "false"),
        E("DriftInformation", E("StackDriftStatus", "NOT_CHECKED")),
    ];

    private IEnumerable<XElement?> DescribeStackEvents(QueryRequest request)
    {
        var name = request.Require("StackName");
        var stack = (name.StartsWith("arn:", StringComparison.Ordinal) ? _stacks.FirstOrDefault(s => s.Id == name) : Find(name)) ?? throw CloudFormationErrors.StackNotFound(name);
        var start = 0;
        if (request.Get("NextToken") is { Length: > 0 } token && (!int.TryParse(token, out start) || start < 0))
        {
            throw CloudFormationErrors.Validation("Invalid NextToken");
        }

        var newestFirst = Enumerable.Reverse(stack.Events).ToList();
        var page = newestFirst.Skip(start).Take(EventsPageSize).ToList();
        var next = start + page.Count < newestFirst.Count ? (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return
        [
            Members("StackEvents", page.Select(e => new object?[]
            {
                E("StackId", stack.Id), E("EventId", e.EventId), E("StackName", stack.Name), E("LogicalResourceId", e.LogicalResourceId),
                E("PhysicalResourceId", e.PhysicalResourceId), E("ResourceType", e.ResourceType), E("Timestamp", Time(e.Timestamp)),
                E("ResourceStatus", e.ResourceStatus), E("ResourceStatusReason", e.ResourceStatusReason),
            })),
            E("NextToken", next),
        ];
    }

    /// <summary>CreateStack / UpdateStack: a change set made and executed in one call.</summary>
    private IEnumerable<XElement?> CreateOrUpdateStack(QueryRequest request, string type)
    {
        var stackName = request.Require("StackName");
        var stack = Find(stackName);
        if (type == "CREATE" && stack is not null)
        {
            throw CloudFormationErrors.AlreadyExists($"Stack [{stackName}] already exists");
        }

        if (type == "UPDATE" && stack is null)
        {
            throw CloudFormationErrors.StackNotFound(stackName);
        }

        var (template, body) = ParseTemplate(request);
        if (stack is null)
        {
            CheckName(stackName, "stackName", 128);
            stack = new StackRecord(stackName, $"arn:aws:cloudformation:{_options.Region}:{_options.AccountId}:stack/{stackName}/{Guid.NewGuid()}", DateTimeOffset.UtcNow);
        }
        else
        {
            CheckUpdatable(stack);
        }

        var parameters = ResolveParameters(template, request, stack, type == "CREATE");
        CheckReferences(template, parameters);
        var changeSet = new ChangeSetRecord("direct-" + Guid.NewGuid().ToString("N"), "", type, DateTimeOffset.UtcNow) { Template = template, TemplateBody = body, Parameters = parameters };
        changeSet.Changes.AddRange(ChangeSetPlanner.Plan(stack, template, parameters, Pseudo(stack)));
        if (type == "UPDATE" && changeSet.Changes.Count == 0)
        {
            throw CloudFormationErrors.Validation("No updates are to be performed.");
        }

        if (type == "CREATE")
        {
            _stacks.Add(stack);
        }

        _executor.Execute(stack, changeSet, Pseudo(stack));
        return [E("StackId", stack.Id)];
    }

    private IEnumerable<XElement?> DeleteStack(QueryRequest request)
    {
        var name = request.Require("StackName");
        if (Find(name) is { } stack)
        {
            _executor.DeleteAll(stack);
        }

        return []; // deleting a stack that does not exist succeeds
    }

    private static StackState ToState(StackRecord s) => new(
        s.Name, s.Id, s.Status, s.StatusReason,
        s.Resources.Values.ToDictionary(r => r.LogicalId, r => (r.Type, r.PhysicalId), StringComparer.Ordinal),
        new Dictionary<string, string>(s.Parameters, StringComparer.Ordinal),
        new Dictionary<string, string>(s.Outputs, StringComparer.Ordinal),
        s.Events.Select(e => $"{e.LogicalResourceId} {e.ResourceStatus}").ToList(),
        s.ChangeSets.Select(c => c.Name).ToList());
}
