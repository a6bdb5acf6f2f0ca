using System.Text.RegularExpressions;
using System.Xml.Linq;

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

    private StackRecord? Find(string nameOrId) =>
        _stacks.LastOrDefault(s => (s.Name == nameOrId || s.Id == nameOrId) && s.Status != "DELETE_COMPLETE");

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

    [GeneratedRegex("^[a-zA-Z][-a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}
