using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;

namespace LambdaGen.Core.Rules;

/// <summary>The asynchronous invocation config ([LambdaAsyncInvoke], PutFunctionEventInvokeConfig): LG0105, LG0106.</summary>
public static partial class SpecValidator
{
    private static readonly string[] OnSuccessServices = { "sqs", "sns", "lambda", "events" };
    private static readonly string[] OnFailureServices = { "sqs", "sns", "lambda", "events", "s3" };

    private static void CheckAsyncInvoke(Run run)
    {
        var attached = run.Spec.Attached.FirstOrDefault(a => a.Attribute == Operations.LambdaAsyncInvokeAttribute);
        if (attached is null)
        {
            return;
        }

        CheckDestination(run, attached.Settings.Get(FieldTable.AsyncOnSuccess), FieldTable.AsyncOnSuccess, OnSuccessServices);
        CheckDestination(run, attached.Settings.Get(FieldTable.AsyncOnFailure), FieldTable.AsyncOnFailure, OnFailureServices);
    }

    private static void CheckDestination(Run run, Setting<string>? setting, Field field, string[] services)
    {
        // Empty means no destination; a value the model's pattern rejects is LG0094's.
        if (setting is not { Value: { Length: > 0 } arn } destination || !Matches(field, arn) || Text.CodePoints(arn) > (field.Model.MaxLength ?? int.MaxValue))
        {
            return;
        }

        var key = field.Key();
        const string Supported = "an SQS queue, an SNS topic, a Lambda function or an EventBridge event bus";
        if (arn.StartsWith("kafka://", System.StringComparison.Ordinal))
        {
            run.Report(RuleCatalog.AsyncDestinationService, key, destination.Origin,
                $"{field.Name} {Text.Quote(arn)} is a Kafka destination, which only event source mappings use; an asynchronous invocation's destination is {Supported}");
            return;
        }
        var parts = arn.Split(':');
        var service = parts.Length > 2 ? parts[2] : "";
        if (!services.Contains(service))
        {
            run.Report(RuleCatalog.AsyncDestinationService, key, destination.Origin,
                service == "s3"
                    ? $"{field.Name} {Text.Quote(arn)} is an S3 bucket, which Lambda supports only as an OnFailure destination"
                    : $"{field.Name} {Text.Quote(arn)} is an ARN of service {Text.Quote(service)}; a destination is {Supported}" + (field == FieldTable.AsyncOnFailure ? ", or an S3 bucket" : ""));
            return;
        }

        // LG0106: arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>] naming this function.
        if (service == "lambda" && parts.Length >= 7 && parts[5] == "function" && run.Spec.FunctionName?.Value is { } functionName
            && parts[6] == FunctionNames.PlainName(functionName))
        {
            run.Report(RuleCatalog.AsyncDestinationSelf, key, destination.Origin,
                $"{field.Name} {Text.Quote(arn)} is this function itself: the record of each asynchronous invocation invokes it again, and every event starts a loop");
        }
    }
}
