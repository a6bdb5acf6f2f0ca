using System.Xml.Linq;
using static LambdaGen.ControlPlane.CloudFormation.QueryXmlWriter;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>CreateChangeSet, DescribeChangeSet, ExecuteChangeSet, DeleteChangeSet and ListChangeSets.</summary>
internal sealed partial class CloudFormationOperations
{
    private IEnumerable<XElement?> CreateChangeSet(QueryRequest request)
    {
        var stackName = request.Require("StackName");
        var changeSetName = request.Require("ChangeSetName");
        CheckName(changeSetName, "changeSetName", 128);
        var type = request.Get("ChangeSetType") ?? "UPDATE";
        if (type is not ("CREATE" or "UPDATE"))
        {
            throw CloudFormationErrors.Validation(type == "IMPORT"
                ? "The local control plane does not import resources (ChangeSetType IMPORT)."
                : $"1 validation error detected: Value '{type}' at 'changeSetType' failed to satisfy constraint: Member must satisfy enum value set: [IMPORT, UPDATE, CREATE]");
        }

        var (template, body) = ParseTemplate(request);
        var stack = Find(stackName);
        if (type == "CREATE")
        {
            if (stack is not null && stack.Status != "REVIEW_IN_PROGRESS")
            {
                throw CloudFormationErrors.Validation($"Stack [{stackName}] already exists and cannot be created again with the changeSet [{changeSetName}].");
            }

            if (stack is null)
            {
                CheckName(stackName, "stackName", 128);
                stack = new StackRecord(stackName, $"arn:aws:cloudformation:{_options.Region}:{_options.AccountId}:stack/{stackName}/{Guid.NewGuid()}", DateTimeOffset.UtcNow);
                _stacks.Add(stack);
                _executor.Event(stack, stack.Name, stack.Id, "AWS::CloudFormation::Stack", "REVIEW_IN_PROGRESS", "User Initiated");
            }
        }
        else
        {
            if (stack is null)
            {
                throw CloudFormationErrors.Validation($"Stack [{stackName}] does not exist");
            }

            CheckUpdatable(stack);
        }

        if (stack.ChangeSets.Any(c => c.Name == changeSetName))
        {
            throw CloudFormationErrors.AlreadyExists($"ChangeSet {changeSetName} already exists");
        }

        var parameters = ResolveParameters(template, request, stack, type == "CREATE");
        CheckReferences(template, parameters);
        var changeSet = new ChangeSetRecord(changeSetName, $"arn:aws:cloudformation:{_options.Region}:{_options.AccountId}:changeSet/{changeSetName}/{Guid.NewGuid()}", type, DateTimeOffset.UtcNow)
        {
            Description = request.Get("Description"),
            Template = template,
            TemplateBody = body,
            Parameters = parameters,
        };
        changeSet.Changes.AddRange(ChangeSetPlanner.Plan(stack, template, parameters, Pseudo(stack)));
        if (changeSet.Changes.Count == 0 && type == "UPDATE")
        {
            changeSet.Status = "FAILED";
            changeSet.StatusReason = EmptyChangeSetReason;
        }
        else
        {
            changeSet.Status = "CREATE_COMPLETE";
            changeSet.ExecutionStatus = "AVAILABLE";
        }

        stack.ChangeSets.Add(changeSet);
        return [E("Id", changeSet.Id), E("StackId", stack.Id)];
    }

    private IEnumerable<XElement?> DescribeChangeSet(QueryRequest request)
    {
        var (stack, changeSet) = FindChangeSet(request);
        return
        [
            E("ChangeSetName", changeSet.Name),
            E("ChangeSetId", changeSet.Id),
            E("StackId", stack.Id),
            E("StackName", stack.Name),
            E("Description", changeSet.Description),
            Members("Parameters", changeSet.Parameters.Select(p => new object?[] { E("ParameterKey", p.Key), E("ParameterValue", p.Value) })),
            E("CreationTime", Time(changeSet.CreationTime)),
            E("ExecutionStatus", changeSet.ExecutionStatus),
            E("Status", changeSet.Status),
            E("StatusReason", changeSet.StatusReason),
            E("NotificationARNs"),
            E("Capabilities"),
            E("Tags"),
            Members("Changes", changeSet.Changes.Select(c => new object?[] { E("Type", "Resource"), E("ResourceChange", ResourceChange(c)) })),
            E("IncludeNestedStacks", "false"),
        ];
    }

    private static object?[] ResourceChange(PlannedChange c) =>
    [
        E("Action", c.Action),
        E("LogicalResourceId", c.LogicalId),
        E("PhysicalResourceId", c.PhysicalId),
        E("ResourceType", c.Type),
        c.Action == "Modify" ? E("Replacement", c.Replacement) : null,
        c.Action == "Modify" ? Members("Scope", c.Properties.Count > 0 ? [new object?[] { "Properties" }] : []) : E("Scope"),
        Members("Details", c.Properties.Select(p => new object?[]
        {
            E("Target", E("Attribute", "Properties"), E("Name", p.Name), E("RequiresRecreation", p.Recreates ? "Always" : "Never")),
            E("Evaluation", "Static"),
            E("ChangeSource", "DirectModification"),
        })),
    ];

    private IEnumerable<XElement?> ExecuteChangeSet(QueryRequest request)
    {
        var (stack, changeSet) = FindChangeSet(request);
        if (changeSet.ExecutionStatus != "AVAILABLE")
        {
            throw CloudFormationErrors.InvalidChangeSetStatus($"ChangeSet [{changeSet.Id}] cannot be executed in its current status of [{changeSet.Status}]");
        }

        if (changeSet.Type == "UPDATE")
        {
            CheckUpdatable(stack);
        }

        changeSet.ExecutionStatus = "EXECUTE_IN_PROGRESS";
        _executor.Execute(stack, changeSet, Pseudo(stack));
        // Once a change set has run, the stack's change sets are gone (the others no longer apply).
        stack.ChangeSets.Clear();
        return [];
    }

    private IEnumerable<XElement?> DeleteChangeSet(QueryRequest request)
    {
        var (stack, changeSet) = FindChangeSet(request);
        if (changeSet.ExecutionStatus == "EXECUTE_IN_PROGRESS")
        {
            throw CloudFormationErrors.InvalidChangeSetStatus($"Cannot delete ChangeSet in status {changeSet.ExecutionStatus}");
        }

        stack.ChangeSets.Remove(changeSet);
        return [];
    }

    private IEnumerable<XElement?> ListChangeSets(QueryRequest request)
    {
        var stack = Find(request.Require("StackName")) ?? throw CloudFormationErrors.StackNotFound(request.Require("StackName"));
        return
        [
            Members("Summaries", stack.ChangeSets.Select(c => new object?[]
            {
                E("StackId", stack.Id), E("StackName", stack.Name), E("ChangeSetId", c.Id), E("ChangeSetName", c.Name),
                E("ExecutionStatus", c.ExecutionStatus), E("Status", c.Status), E("StatusReason", c.StatusReason),
                E("CreationTime", Time(c.CreationTime)), E("Description", c.Description), E("IncludeNestedStacks", "false"),
            })),
        ];
    }

    private (StackRecord Stack, ChangeSetRecord ChangeSet) FindChangeSet(QueryRequest request)
    {
        var changeSetName = request.Require("ChangeSetName");
        var isArn = changeSetName.StartsWith("arn:", StringComparison.Ordinal);
        var stackName = request.Get("StackName");
        if (!isArn && string.IsNullOrEmpty(stackName))
        {
            throw CloudFormationErrors.Validation("StackName must be specified if ChangeSetName is not specified as an ARN.");
        }

        foreach (var stack in _stacks.Where(s => stackName is null || s.Name == stackName || s.Id == stackName))
        {
            if (stack.ChangeSets.FirstOrDefault(c => isArn ? c.Id == changeSetName : c.Name == changeSetName) is { } changeSet)
            {
                return (stack, changeSet);
            }
        }

        throw CloudFormationErrors.ChangeSetNotFound(changeSetName);
    }
}
