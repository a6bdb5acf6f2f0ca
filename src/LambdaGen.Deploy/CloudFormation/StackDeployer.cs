using System.Diagnostics;
using System.Globalization;
using LambdaGen.Deploy.Engine;
using LambdaGen.Deploy.Lambda;
using LambdaGen.Deploy.Packaging;
using LambdaGen.Deploy.Retry;

namespace LambdaGen.Deploy.CloudFormation;

/// <summary>
/// The CloudFormation engine: upload the code once (content-addressed, skipped when the object is there), create a change
/// set of lambda/template.json (CREATE for a new stack, UPDATE otherwise), wait for it and print its changes (the plan),
/// then execute it and follow the stack's events until the stack settles. A dry run deletes the change set after the
/// plan; an empty change set is success with nothing to execute. A stack that rolls back fails the run with the resource
/// that failed first.
/// </summary>
internal sealed class StackDeployer
{
    public const string TemplateFileName = "template.json";

    private readonly DeployOptions _options;
    private readonly IDeployLog _log;
    private readonly CloudFormationClient _cloudFormation;
    private readonly S3Uploader _s3;
    private readonly RetryingCaller _caller;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly string _stackName;

    public StackDeployer(DeployOptions options, IDeployLog log, CloudFormationClient cloudFormation, S3Uploader s3, RetryingCaller caller, Func<TimeSpan, CancellationToken, Task> delay)
    {
        _options = options;
        _log = log;
        _cloudFormation = cloudFormation;
        _s3 = s3;
        _caller = caller;
        _delay = delay;
        _stackName = options.StackName ?? throw new ArgumentException("The CloudFormation engine needs a stack name.", nameof(options));
    }

    /// <summary>The template beside the manifests, and what the deploy can check before any call (LGD060–LGD062).</summary>
    public static (string Path, string Text) ReadTemplate(DeployOptions options, IReadOnlyList<DeployTarget> targets)
    {
        string path = Path.Combine(options.ManifestsDir, TemplateFileName);
        if (!File.Exists(path))
        {
            throw new DeployException("LGD061",
                $"No CloudFormation template at '{path}'. The CloudFormation engine deploys the template the build writes: build with LambdaTemplate=true and LambdaTemplateFormat CloudFormation or Both (the defaults write it).",
                path);
        }
        string text = File.ReadAllText(path);
        var declared = TemplateParameters.Declared(text, path);
        if (declared.Any(p => p.Name == TemplateParameters.CodeS3Bucket) && string.IsNullOrEmpty(options.S3Bucket))
        {
            throw new DeployException("LGD060",
                "The CloudFormation engine needs an S3 bucket for the code (CloudFormation reads a function's code from S3): set --s3-bucket (MSBuild property LambdaS3Bucket) to a bucket in the stack's region.",
                path);
        }
        var shas = targets.Where(t => t.Package is not null).Select(t => t.Package!.Sha256Hex).Distinct(StringComparer.Ordinal).ToList();
        if (shas.Count > 1)
        {
            throw new DeployException("LGD062",
                $"The functions need {shas.Count} different packages (a custom-runtime function packages the executable as bootstrap, the others the assemblies), but the template passes one CodeS3Key to all: deploy them from separate projects, or use the direct engine (LambdaDeployEngine=Direct).",
                path);
        }
        return (path, text);
    }

    public async Task<StackResult> RunAsync(string templatePath, string templateText, CodePackage? package, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        StackSummary? stack = await Call("DescribeStacks", ct => _cloudFormation.DescribeStackAsync(_stackName, ct), cancellationToken).ConfigureAwait(false);
        if (stack is not null && StackStatuses.InProgress(stack.Status) && stack.Status != StackStatuses.ReviewInProgress)
        {
            throw new DeployException("LGD066",
                $"Stack {_stackName} is {stack.Status}: another operation is still running on it. Wait for it to finish (aws cloudformation describe-stacks --stack-name {_stackName}) and deploy again.");
        }
        if (stack is not null && StackStatuses.NeedsDeletion(stack.Status))
        {
            throw new DeployException("LGD066",
                $"Stack {_stackName} is {stack.Status}{Reason(stack.StatusReason)} and cannot be updated. Delete it (aws cloudformation delete-stack --stack-name {_stackName}) and deploy again, which creates it afresh.");
        }
        // A stack in REVIEW_IN_PROGRESS was made by a CREATE change set that never ran: it takes another CREATE one.
        bool exists = stack is not null && stack.Status != StackStatuses.ReviewInProgress;
        string changeSetType = exists ? "UPDATE" : "CREATE";

        string? key = null;
        if (package is not null && !string.IsNullOrEmpty(_options.S3Bucket))
        {
            key = S3Uploader.ObjectKey(package.Sha256Hex);
            await UploadAsync(_options.S3Bucket, key, package, cancellationToken).ConfigureAwait(false);
        }

        var missing = new List<string>();
        var parameters = TemplateParameters.Fill(TemplateParameters.Declared(templateText, templatePath), _options.S3Bucket, key, package?.Sha256Base64, _options.ImageUri, exists, missing);
        if (missing.Count > 0)
        {
            throw new DeployException("LGD063",
                $"The template's parameter(s) {string.Join(", ", missing)} have no value, no Default and no previous value on a new stack. A …ImageUri parameter takes --image-uri (LambdaImageUri); give the others a Default in the template.",
                templatePath);
        }

        string changeSetName = "lambdagen-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        _log.Info($"stack {_stackName}: {(exists ? $"{stack!.Status}; updating it" : "does not exist yet; creating it")} with change set {changeSetName} ({changeSetType})");
        var request = new ChangeSetRequest(_stackName, changeSetName, changeSetType, $"LambdaGen deploy of {Path.GetFileName(templatePath)}", templateText, parameters);
        string changeSetId = await Call("CreateChangeSet", ct => _cloudFormation.CreateChangeSetAsync(request, ct), cancellationToken).ConfigureAwait(false);

        ChangeSetDescription changeSet = await WaitForChangeSetAsync(changeSetId, cancellationToken).ConfigureAwait(false);
        if (changeSet.IsEmpty)
        {
            _log.Info($"stack {_stackName}: no change (the change set is empty: {changeSet.StatusReason}); deleting the change set");
            await Send("DeleteChangeSet", ct => _cloudFormation.DeleteChangeSetAsync(changeSetId, _stackName, ct), cancellationToken).ConfigureAwait(false);
            return new StackResult(_stackName, changeSetType, Array.Empty<string>(), Executed: false, FinalStatus: null);
        }
        if (changeSet.Status != "CREATE_COMPLETE")
        {
            throw new DeployException("LGD064",
                $"Change set {changeSetName} of stack {_stackName} is {changeSet.Status}{Reason(changeSet.StatusReason)}. It is kept for inspection (aws cloudformation describe-change-set --stack-name {_stackName} --change-set-name {changeSetName}).");
        }

        var plan = changeSet.Changes.Select(c => c.Describe()).ToList();
        _log.Info($"change set {changeSetName}: {plan.Count} change(s)");
        foreach (string line in plan)
        {
            _log.Info("plan: " + line);
        }
        if (_options.DryRun)
        {
            _log.Info($"dry run: change set not executed; deleting it{(exists ? "" : $" (the new stack stays {StackStatuses.ReviewInProgress}, with no resources, as CloudFormation leaves it)")}");
            await Send("DeleteChangeSet", ct => _cloudFormation.DeleteChangeSetAsync(changeSetId, _stackName, ct), cancellationToken).ConfigureAwait(false);
            return new StackResult(_stackName, changeSetType, plan, Executed: false, FinalStatus: null);
        }
        if (changeSet.ExecutionStatus is { Length: > 0 } execution && execution != "AVAILABLE")
        {
            throw new DeployException("LGD064",
                $"Change set {changeSetName} of stack {_stackName} cannot be executed: its ExecutionStatus is {execution}{Reason(changeSet.StatusReason)}.");
        }

        // Events already listed belong to earlier operations: only newer ones are this run's progress (the newest is on the first page).
        IReadOnlyList<StackEvent> before = await Call("DescribeStackEvents", ct => _cloudFormation.DescribeStackEventsAsync(_stackName, null, ct, firstPageOnly: true), cancellationToken).ConfigureAwait(false);
        string? lastEventId = before.Count > 0 ? before[^1].EventId : null;

        await Send("ExecuteChangeSet", ct => _cloudFormation.ExecuteChangeSetAsync(changeSetId, _stackName, ct), cancellationToken).ConfigureAwait(false);
        _log.Info($"stack {_stackName}: executing change set {changeSetName}");

        var events = new List<StackEvent>();
        StackSummary? final = null;
        for (int poll = 0; ; poll++)
        {
            string? after = lastEventId;
            IReadOnlyList<StackEvent> fresh = await Call("DescribeStackEvents", ct => _cloudFormation.DescribeStackEventsAsync(_stackName, after, ct), cancellationToken).ConfigureAwait(false);
            foreach (StackEvent e in fresh)
            {
                _log.Info($"event: {e.ResourceStatus} {e.LogicalResourceId} ({e.ResourceType}){Reason(e.ResourceStatusReason)}");
            }
            events.AddRange(fresh);
            if (fresh.Count > 0)
            {
                lastEventId = fresh[^1].EventId;
            }
            final = await Call("DescribeStacks", ct => _cloudFormation.DescribeStackAsync(_stackName, ct), cancellationToken).ConfigureAwait(false);
            if (final is null)
            {
                throw new DeployException("LGD065", $"Stack {_stackName} disappeared while its change set {changeSetName} ran (deleted by someone else?).");
            }
            if (!StackStatuses.InProgress(final.Status))
            {
                break;
            }
            if (poll >= _options.StackMaxPolls)
            {
                throw new DeployException("LGD065",
                    $"Stack {_stackName} is still {final.Status} after {poll} polls; the deploy stops waiting (the operation goes on in CloudFormation).");
            }
            await _delay(_options.StackPollInterval, cancellationToken).ConfigureAwait(false);
        }

        if (!StackStatuses.Succeeded(final.Status))
        {
            // The first failed resource is the cause; the later ones are usually "Resource creation cancelled".
            StackEvent? cause = events.FirstOrDefault(e => !e.IsStack && StackStatuses.IsFailure(e.ResourceStatus));
            string what = cause is null
                ? $"no resource reported a failure{Reason(final.StatusReason)}"
                : $"{cause.LogicalResourceId} ({cause.ResourceType}) {cause.ResourceStatus}{Reason(cause.ResourceStatusReason)}";
            throw new DeployException("LGD065", $"Stack {_stackName} ended {final.Status}: {what}. CloudFormation rolled the stack back; fix the cause and deploy again.");
        }

        string seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        _log.Info($"stack {_stackName}: {final.Status} ({plan.Count} change(s), {seconds} s)");
        foreach (var (name, value) in final.Outputs)
        {
            _log.Info($"output {name} = {value}");
        }
        return new StackResult(_stackName, changeSetType, plan, Executed: true, FinalStatus: final.Status);
    }

    private async Task UploadAsync(string bucket, string key, CodePackage package, CancellationToken cancellationToken)
    {
        bool present = await Call("HeadObject", ct => _s3.ExistsAsync(bucket, key, ct), cancellationToken).ConfigureAwait(false);
        if (present)
        {
            _log.Info($"code: s3://{bucket}/{key} is already there; not uploaded");
            return;
        }
        if (_options.DryRun)
        {
            _log.Info($"dry run: would upload the code to s3://{bucket}/{key} ({package.Zip.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes)");
            return;
        }
        await Send("PutObject", ct => _s3.PutObjectAsync(bucket, key, package.Zip, ct), cancellationToken).ConfigureAwait(false);
        _log.Info($"code: uploaded s3://{bucket}/{key} ({package.Zip.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes)");
    }

    private async Task<ChangeSetDescription> WaitForChangeSetAsync(string changeSetId, CancellationToken cancellationToken)
    {
        for (int poll = 0; ; poll++)
        {
            ChangeSetDescription description = await Call("DescribeChangeSet", ct => _cloudFormation.DescribeChangeSetAsync(changeSetId, _stackName, ct), cancellationToken).ConfigureAwait(false);
            if (description.Status is "CREATE_COMPLETE" or "FAILED" or "DELETE_COMPLETE" or "DELETE_FAILED")
            {
                return description;
            }
            if (poll >= _options.StackMaxPolls)
            {
                throw new DeployException("LGD064", $"Change set {changeSetId} is still {description.Status} after {poll} polls; the deploy stops waiting.");
            }
            await _delay(_options.StackPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One call under the retry policy (throttling, 5xx, dropped connections); anything else fails the run with LGD067.</summary>
    private async Task<T> Call<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await _caller.CallAsync(operation, call, retryConflicts: false, line => _log.Info($"stack {_stackName}: {line}"), cancellationToken).ConfigureAwait(false);
        }
        catch (AwsApiException ex)
        {
            throw new DeployException("LGD067", $"Stack {_stackName}: {operation} failed: {ex.ErrorType}: {ex.AwsMessage}");
        }
        catch (AwsConnectionException ex)
        {
            throw new DeployException("LGD067", $"Stack {_stackName}: {operation} failed after retries: {ex.Message}");
        }
    }

    private Task<bool> Send(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        Call(operation, async ct =>
        {
            await call(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static string Reason(string? reason) => string.IsNullOrEmpty(reason) ? "" : $": {reason}";
}
