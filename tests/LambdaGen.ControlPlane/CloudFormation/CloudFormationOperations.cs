using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using static LambdaGen.ControlPlane.CloudFormation.QueryXmlWriter;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>
/// The CloudFormation actions the deploy engine and `aws cloudformation deploy` / `describe-stacks` use, on an in-memory
/// set of stacks whose Lambda resources live in the plane's function store. Inputs are checked as the service checks them
/// (names, change-set types, parameters, template references), with its error codes and messages.
/// </summary>
internal sealed partial class CloudFormationOperations
{
    private const int EventsPageSize = 100;
    private const string EmptyChangeSetReason = "The submitted information didn't contain changes. Submit different information to create a change set.";

    private readonly object _sync = new();
    private readonly List<StackRecord> _stacks = new();
    private readonly LambdaControlPlaneOptions _options;
    private readonly StackExecutor _executor;

    public CloudFormationOperations(LambdaResourceProvisioner provisioner, LambdaControlPlaneOptions options)
    {
        _options = options;
        _executor = new StackExecutor(provisioner, () => DateTimeOffset.UtcNow);
    }

    public static readonly IReadOnlySet<string> Actions = new HashSet<string>(StringComparer.Ordinal)
    {
        "CreateChangeSet", "DescribeChangeSet", "ExecuteChangeSet", "DeleteChangeSet", "ListChangeSets",
        "DescribeStacks", "DescribeStackEvents", "CreateStack", "UpdateStack", "DeleteStack", "GetTemplate", "GetTemplateSummary",
    };

    /// <summary>Every live stack by name (a snapshot).</summary>
    public IReadOnlyDictionary<string, StackState> Snapshot()
    {
        lock (_sync)
        {
            return _stacks.Where(s => s.Status != "DELETE_COMPLETE").ToDictionary(s => s.Name, ToState, StringComparer.Ordinal);
        }
    }

    public IEnumerable<XElement?> Execute(QueryRequest request)
    {
        if (request.Version != "2010-05-15")
        {
            throw new AwsServiceException(400, "InvalidAction", $"Could not find operation {request.Action} for version {request.Version ?? "NO_VERSION_SPECIFIED"}");
        }

        lock (_sync)
        {
            return request.Action switch
            {
                "CreateChangeSet" => CreateChangeSet(request),
                "DescribeChangeSet" => DescribeChangeSet(request),
                "ExecuteChangeSet" => ExecuteChangeSet(request),
                "DeleteChangeSet" => DeleteChangeSet(request),
                "ListChangeSets" => ListChangeSets(request),
                "DescribeStacks" => DescribeStacks(request),
                "DescribeStackEvents" => DescribeStackEvents(request),
                "CreateStack" => CreateOrUpdateStack(request, "CREATE"),
                "UpdateStack" => CreateOrUpdateStack(request, "UPDATE"),
                "DeleteStack" => DeleteStack(request),
                "GetTemplate" => GetTemplate(request),
                "GetTemplateSummary" => GetTemplateSummary(request),
                _ => throw new AwsServiceException(400, "InvalidAction", $"Could not find operation {request.Action} for version 2010-05-15"),
            };
        }
    }

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

    private IEnumerable<XElement?> GetTemplate(QueryRequest request)
    {
        var name = request.Require("StackName");
        var stack = Find(name) ?? throw CloudFormationErrors.StackNotFound(name);
        string? body = stack.TemplateBody;
        if (request.Get("ChangeSetName") is { Length: > 0 } changeSetName)
        {
            body = (stack.ChangeSets.FirstOrDefault(c => c.Name == changeSetName || c.Id == changeSetName) ?? throw CloudFormationErrors.ChangeSetNotFound(changeSetName)).TemplateBody;
        }

        return [E("TemplateBody", body ?? ""), Members("StagesAvailable", [["Original"], ["Processed"]])];
    }

    private IEnumerable<XElement?> GetTemplateSummary(QueryRequest request)
    {
        JsonObject template;
        if (request.Get("StackName") is { Length: > 0 } name)
        {
            var stack = Find(name) ?? throw CloudFormationErrors.StackNotFound(name);
            template = stack.Template ?? stack.ChangeSets.LastOrDefault()?.Template ?? new JsonObject();
        }
        else
        {
            template = ParseTemplate(request).Template;
        }

        var declared = template["Parameters"] as JsonObject ?? new JsonObject();
        var resources = template["Resources"] as JsonObject ?? new JsonObject();
        return
        [
            Members("Parameters", declared.Select(p => new object?[]
            {
                E("ParameterKey", p.Key), E("DefaultValue", p.Value?["Default"]?.ToString()), E("ParameterType", p.Value?["Type"]?.ToString() ?? "String"),
                E("NoEcho", "false"), E("Description", p.Value?["Description"]?.ToString()), E("ParameterConstraints"),
            })),
            E("Description", template["Description"]?.ToString()),
            Members("ResourceTypes", resources.Select(r => r.Value?["Type"]?.ToString()).Distinct().Select(t => new object?[] { t })),
            E("Version", template["AWSTemplateFormatVersion"]?.ToString() ?? "2010-09-09"),
        ];
    }

    private StackRecord? Find(string nameOrId) =>
        _stacks.LastOrDefault(s => (s.Name == nameOrId || s.Id == nameOrId) && s.Status != "DELETE_COMPLETE");

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

    private static (JsonObject Template, string Body) ParseTemplate(QueryRequest request)
    {
        if (request.Get("TemplateURL") is { Length: > 0 })
        {
            throw CloudFormationErrors.Validation("The local control plane reads templates from TemplateBody only (TemplateURL is not served).");
        }

        var body = request.Get("TemplateBody") ?? throw CloudFormationErrors.Validation("Either Template URL or Template Body must be specified.");
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            throw CloudFormationErrors.Validation($"Template format error: JSON not well-formed. (line {e.LineNumber + 1}, column {e.BytePositionInLine + 1})");
        }

        if (node is not JsonObject template)
        {
            throw CloudFormationErrors.Validation("Template format error: JSON not well-formed.");
        }

        if (template["Resources"] is not JsonObject { Count: > 0 } resources)
        {
            throw CloudFormationErrors.Validation("Template format error: At least one Resources member must be defined.");
        }

        foreach (var (id, resource) in resources)
        {
            if (resource?["Type"] is not JsonValue)
            {
                throw CloudFormationErrors.Validation($"Template format error: [/Resources/{id}] Every Resources object must contain a Type member.");
            }
        }

        return (template, body);
    }

    /// <summary>The value of every declared parameter: the one given, the stack's previous one, or the Default.</summary>
    private static Dictionary<string, string> ResolveParameters(JsonObject template, QueryRequest request, StackRecord stack, bool isCreate)
    {
        var declared = template["Parameters"] as JsonObject ?? new JsonObject();
        var given = request.Structures("Parameters");
        var unknown = given.Select(g => g.GetValueOrDefault("ParameterKey") ?? "").Where(k => !declared.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw CloudFormationErrors.Validation($"Parameters: [{string.Join(", ", unknown)}] do not exist in the template");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in given)
        {
            var key = g["ParameterKey"];
            if (g.GetValueOrDefault("UsePreviousValue") == "true")
            {
                if (isCreate || !stack.Parameters.TryGetValue(key, out var previous))
                {
                    throw CloudFormationErrors.Validation($"Invalid input for parameter key {key}. Cannot specify usePreviousValue as true for a parameter key not in the previous template");
                }

                values[key] = previous;
            }
            else
            {
                values[key] = g.GetValueOrDefault("ParameterValue") ?? "";
            }
        }

        var missing = new List<string>();
        foreach (var (key, declaration) in declared)
        {
            if (values.ContainsKey(key))
            {
                continue;
            }

            if (declaration?["Default"] is JsonNode defaultValue)
            {
                values[key] = defaultValue is JsonValue v ? v.ToString() : defaultValue.ToJsonString();
            }
            else
            {
                missing.Add(key);
            }
        }

        if (missing.Count > 0)
        {
            throw CloudFormationErrors.Validation($"Parameters: [{string.Join(", ", missing)}] must have values");
        }

        return values;
    }

    private static void CheckReferences(JsonObject template, IReadOnlyDictionary<string, string> parameters)
    {
        var resources = template["Resources"] as JsonObject ?? new JsonObject();
        var unresolved = resources.SelectMany(r => TemplateEvaluator.References(r.Value?["Properties"]))
            .Concat(TemplateEvaluator.References(template["Outputs"]))
            .Where(r => !r.StartsWith("AWS::", StringComparison.Ordinal) && !parameters.ContainsKey(r) && !resources.ContainsKey(r))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unresolved.Count > 0)
        {
            throw CloudFormationErrors.Validation($"Template format error: Unresolved resource dependencies [{string.Join(", ", unresolved)}] in the Resources block of the template");
        }
    }

    private static void CheckUpdatable(StackRecord stack)
    {
        if (stack.Status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal) || stack.Status is "ROLLBACK_COMPLETE" or "ROLLBACK_FAILED" or "CREATE_FAILED" or "DELETE_FAILED" or "UPDATE_ROLLBACK_FAILED")
        {
            throw CloudFormationErrors.Validation($"Stack:{stack.Id} is in {stack.Status} state and can not be updated.");
        }
    }

    private static void CheckName(string name, string member, int max)
    {
        if (name.Length > max || !NamePattern().IsMatch(name))
        {
            throw CloudFormationErrors.Validation($"1 validation error detected: Value '{name}' at '{member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*");
        }
    }

    private Dictionary<string, string> Pseudo(StackRecord stack) => new(StringComparer.Ordinal)
    {
        ["AWS::Region"] = _options.Region,
        ["AWS::AccountId"] = _options.AccountId,
        ["AWS::StackName"] = stack.Name,
        ["AWS::StackId"] = stack.Id,
        ["AWS::Partition"] = "aws",
        ["AWS::URLSuffix"] = "amazonaws.com",
    };

    private static StackState ToState(StackRecord s) => new(
        s.Name, s.Id, s.Status, s.StatusReason,
        s.Resources.Values.ToDictionary(r => r.LogicalId, r => (r.Type, r.PhysicalId), StringComparer.Ordinal),
        new Dictionary<string, string>(s.Parameters, StringComparer.Ordinal),
        new Dictionary<string, string>(s.Outputs, StringComparer.Ordinal),
        s.Events.Select(e => $"{e.LogicalResourceId} {e.ResourceStatus}").ToList(),
        s.ChangeSets.Select(c => c.Name).ToList());

    [GeneratedRegex("^[a-zA-Z][-a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}
