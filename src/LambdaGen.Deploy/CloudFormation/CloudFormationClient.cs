using System.Globalization;
using System.Xml.Linq;
using LambdaGen.Deploy.Aws;
using LambdaGen.Deploy.Lambda;

namespace LambdaGen.Deploy.CloudFormation;

/// <summary>
/// The CloudFormation calls the stack deploy makes, over the Query protocol (API 2010-05-15): a form-encoded POST to
/// the endpoint's "/", signed with SigV4 for service "cloudformation" by the same signer as the Lambda calls, answered
/// in XML. One attempt per call; retrying is the caller's business (<see cref="Retry.RetryingCaller"/>).
/// </summary>
internal sealed class CloudFormationClient
{
    private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";
    private readonly AwsTransport _transport;
    private readonly Uri _endpoint;

    public CloudFormationClient(AwsTransport transport, Uri endpoint)
    {
        _transport = transport;
        _endpoint = endpoint;
    }

    /// <summary>The stack, or null when CloudFormation says it does not exist (ValidationError "… does not exist").</summary>
    public async Task<StackSummary?> DescribeStackAsync(string stackName, CancellationToken cancellationToken)
    {
        XElement result;
        try
        {
            result = await CallAsync(new QueryForm("DescribeStacks").Add("StackName", stackName), cancellationToken).ConfigureAwait(false);
        }
        catch (AwsApiException ex) when (ex.ErrorType == "ValidationError" && ex.AwsMessage.Contains("does not exist", StringComparison.Ordinal))
        {
            return null;
        }
        XElement? stack = QueryXml.Members(result, "Stacks").FirstOrDefault();
        if (stack is null)
        {
            return null;
        }
        var outputs = QueryXml.Members(stack, "Outputs")
            .Select(o => new KeyValuePair<string, string>(QueryXml.Child(o, "OutputKey") ?? "", QueryXml.Child(o, "OutputValue") ?? ""))
            .ToList();
        return new StackSummary(
            QueryXml.Child(stack, "StackName") ?? stackName,
            QueryXml.Child(stack, "StackId") ?? "",
            QueryXml.Child(stack, "StackStatus") ?? "",
            QueryXml.Child(stack, "StackStatusReason"),
            outputs);
    }

    /// <summary>CreateChangeSet; returns the change set's ID (its ARN).</summary>
    public async Task<string> CreateChangeSetAsync(ChangeSetRequest request, CancellationToken cancellationToken)
    {
        var form = new QueryForm("CreateChangeSet")
            .Add("StackName", request.StackName)
            .Add("ChangeSetName", request.ChangeSetName)
            .Add("ChangeSetType", request.ChangeSetType)
            .Add("Description", request.Description)
            .Add("TemplateBody", request.TemplateBody);
        int i = 0;
        foreach (TemplateParameter parameter in request.Parameters)
        {
            i++;
            form.AddMember("Parameters", i, "ParameterKey", parameter.Key);
            if (parameter.UsePreviousValue)
            {
                form.AddMember("Parameters", i, "UsePreviousValue", "true");
            }
            else
            {
                form.AddMember("Parameters", i, "ParameterValue", parameter.Value);
            }
        }
        XElement result = await CallAsync(form, cancellationToken).ConfigureAwait(false);
        return QueryXml.Child(result, "Id") ?? request.ChangeSetName;
    }

    /// <summary>DescribeChangeSet, following NextToken so every change is there.</summary>
    public async Task<ChangeSetDescription> DescribeChangeSetAsync(string changeSetId, string stackName, CancellationToken cancellationToken)
    {
        var changes = new List<ResourceChange>();
        string? nextToken = null;
        string status = "", executionStatus = "";
        string? reason = null;
        do
        {
            var form = new QueryForm("DescribeChangeSet").Add("ChangeSetName", changeSetId).Add("StackName", stackName).Add("NextToken", nextToken);
            XElement result = await CallAsync(form, cancellationToken).ConfigureAwait(false);
            status = QueryXml.Child(result, "Status") ?? "";
            reason = QueryXml.Child(result, "StatusReason");
            executionStatus = QueryXml.Child(result, "ExecutionStatus") ?? "";
            foreach (XElement change in QueryXml.Members(result, "Changes"))
            {
                XElement? resource = QueryXml.Element(change, "ResourceChange");
                if (resource is null)
                {
                    continue;
                }
                var properties = QueryXml.Members(resource, "Details")
                    .Select(d => QueryXml.Element(d, "Target"))
                    .Where(t => QueryXml.Child(t, "Attribute") == "Properties" && QueryXml.Child(t, "Name") is not null)
                    .Select(t => QueryXml.Child(t, "Name")!)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                changes.Add(new ResourceChange(
                    QueryXml.Child(resource, "Action") ?? "",
                    QueryXml.Child(resource, "LogicalResourceId") ?? "",
                    QueryXml.Child(resource, "ResourceType") ?? "",
                    QueryXml.Child(resource, "Replacement"),
                    properties));
            }
            nextToken = QueryXml.Child(result, "NextToken");
        }
        while (!string.IsNullOrEmpty(nextToken) && status == "CREATE_COMPLETE");
        return new ChangeSetDescription(status, reason, executionStatus, changes);
    }

    public Task ExecuteChangeSetAsync(string changeSetId, string stackName, CancellationToken cancellationToken) =>
        CallAsync(new QueryForm("ExecuteChangeSet").Add("ChangeSetName", changeSetId).Add("StackName", stackName), cancellationToken);

    public Task DeleteChangeSetAsync(string changeSetId, string stackName, CancellationToken cancellationToken) =>
        CallAsync(new QueryForm("DeleteChangeSet").Add("ChangeSetName", changeSetId).Add("StackName", stackName), cancellationToken);

    /// <summary>
    /// The stack's events newer than <paramref name="afterEventId"/>, oldest first. CloudFormation lists them newest first,
    /// a page at a time: pages are read until the known event (or the end) is reached.
    /// </summary>
    public async Task<IReadOnlyList<StackEvent>> DescribeStackEventsAsync(string stackName, string? afterEventId, CancellationToken cancellationToken, bool firstPageOnly = false)
    {
        var newestFirst = new List<StackEvent>();
        string? nextToken = null;
        do
        {
            var form = new QueryForm("DescribeStackEvents").Add("StackName", stackName).Add("NextToken", nextToken);
            XElement result = await CallAsync(form, cancellationToken).ConfigureAwait(false);
            foreach (XElement e in QueryXml.Members(result, "StackEvents"))
            {
                string id = QueryXml.Child(e, "EventId") ?? "";
                if (afterEventId is not null && id == afterEventId)
                {
                    newestFirst.Reverse();
                    return newestFirst;
                }
                DateTimeOffset.TryParse(QueryXml.Child(e, "Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at);
                newestFirst.Add(new StackEvent(
                    id,
                    QueryXml.Child(e, "LogicalResourceId") ?? "",
                    QueryXml.Child(e, "ResourceType") ?? "",
                    QueryXml.Child(e, "ResourceStatus") ?? "",
                    QueryXml.Child(e, "ResourceStatusReason"),
                    at));
            }
            nextToken = firstPageOnly ? null : QueryXml.Child(result, "NextToken");
        }
        while (!string.IsNullOrEmpty(nextToken));
        newestFirst.Reverse();
        return newestFirst;
    }

    private async Task<XElement> CallAsync(QueryForm form, CancellationToken cancellationToken)
    {
        var request = RequestSigner.NewRequest("CloudFormation", "POST", _endpoint, "/");
        request.Content = form.Encode();
        using HttpResponseMessage response = await _transport.SendRawAsync(form.Action, request, "cloudformation", doubleEncodePath: false, FormContentType, cancellationToken).ConfigureAwait(false);
        string text = await AwsTransport.ReadTextAsync(form.Action, response, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return QueryXml.Result(form.Action, text);
        }
        throw QueryXml.Error(form.Action, status, text, response.ReasonPhrase, AwsTransport.RetryAfter(response));
    }
}

/// <summary>CreateChangeSet's input as the deploy fills it.</summary>
internal sealed record ChangeSetRequest(
    string StackName, string ChangeSetName, string ChangeSetType, string Description, string TemplateBody, IReadOnlyList<TemplateParameter> Parameters);
