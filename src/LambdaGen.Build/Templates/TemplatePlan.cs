using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Templates;

namespace LambdaGen.Build.Templates;

/// <summary>
/// What a template says of each function, read from its manifests through <see cref="TemplateMapping"/>: each manifest
/// value goes to the property the mapping names for the format, carried as the mapping says, or, when the format cannot
/// express it, becomes an LGB005 warning naming the function, the setting and why. Shared by both formats; only the
/// mapping's column differs.
/// </summary>
internal sealed class TemplatePlan
{
    public enum Format
    {
        CloudFormation,
        Sam,
    }

    private readonly Format _format;
    private readonly string _file;
    private readonly List<BuildMessage> _messages;
    /// <summary>The event source mapping whose manifest is being placed (CreateEventSourceMapping), else null.</summary>
    private PlannedEventSource? _source;

    private TemplatePlan(Format format, string file, List<BuildMessage> messages)
    {
        _format = format;
        _file = file;
        _messages = messages;
    }

    public List<PlannedFunction> Functions { get; } = new();

    public static TemplatePlan Create(IReadOnlyList<ExportedFunction> functions, List<BuildMessage> messages, string file, Format format)
    {
        var plan = new TemplatePlan(format, file, messages);
        var parameterNames = new[] { CloudFormationTemplate.CodeS3Bucket, CloudFormationTemplate.CodeS3Key, CloudFormationTemplate.CodeSha256 };
        var ids = new LogicalIds(parameterNames);
        foreach (var function in functions.OrderBy(f => f.FunctionName, StringComparer.Ordinal))
        {
            plan.Functions.Add(plan.Plan(function, ids));
        }

        return plan;
    }

    private PlannedFunction Plan(ExportedFunction exported, LogicalIds ids)
    {
        var aliasNames = exported.Operations.Where(o => o.Alias is not null).Select(o => o.Alias!).Distinct(StringComparer.Ordinal)
            .OrderBy(a => a, StringComparer.Ordinal).ToList();
        var aliasSuffixes = AliasSuffixes(aliasNames);
        var sourceSuffixes = SourceSuffixes(exported);
        var baseId = ids.Claim(exported.PlainName, CloudFormationTemplate.Suffixes.Concat(aliasSuffixes.Values).Concat(sourceSuffixes.Values).ToArray());
        var function = new PlannedFunction(exported.FunctionName, new FunctionIds(baseId), exported.PackageType == "Image");

        Apply(function, Operations.CreateFunction, exported.Manifest, alias: null);
        foreach (var name in aliasNames)
        {
            function.Aliases.Add(new PlannedAlias(name, baseId + aliasSuffixes[name]));
        }

        foreach (var operation in exported.Operations)
        {
            var op = Operations.All.FirstOrDefault(o => o.Name == operation.Operation);
            if (op is null)
            {
                Warn(exported.FunctionName, operation.Operation, $"{operation.Operation} is an operation this LambdaGen has no template mapping for");
                continue;
            }
            if (op.PerSource)
            {
                if (_format == Format.Sam)
                {
                    // One warning per mapping rather than one per setting (TemplateMapping gives every row the same reason).
                    Warn(exported.FunctionName, "[LambdaEventSource]",
                        $"the event source mapping of {(string.IsNullOrEmpty(operation.EventSourceArn) ? "a self-managed Kafka cluster" : "'" + operation.EventSourceArn + "'")} ({operation.ManifestFile}) cannot be expressed in {_file}: " + TemplateMapping.SamEventSourcesWhy);
                    continue;
                }
                var source = new PlannedEventSource(baseId + sourceSuffixes[operation.ManifestFile]);
                function.EventSources.Add(source);
                _source = source;
                Apply(function, op, operation.Manifest, alias: null);
                _source = null;
                continue;
            }
            Apply(function, op, operation.Manifest, operation.Alias is null ? null : function.Aliases.First(a => a.Name == operation.Alias));
        }
        return function;
    }

    /// <summary>Each event source mapping's ID word, by manifest file: <c>EventSource</c> and the source's file name in PascalCase.</summary>
    private static Dictionary<string, string> SourceSuffixes(ExportedFunction exported)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var suffixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in exported.Operations.Where(o => o.Operation == Operations.CreateEventSourceMapping.Name))
        {
            var stem = Path.GetFileNameWithoutExtension(operation.ManifestFile);
            var stemWord = "EventSource" + LogicalIds.Words(stem.Substring(stem.LastIndexOf(".esm.", StringComparison.Ordinal) + 5));
            var suffix = stemWord;
            for (int n = 2; !used.Add(suffix); n++)
            {
                suffix = stemWord + n.ToString(CultureInfo.InvariantCulture);
            }

            suffixes[operation.ManifestFile] = suffix;
        }
        return suffixes;
    }

    /// <summary>Each alias's ID word: <c>Alias</c> and the name in PascalCase, numbered when two names give one word.</summary>
    private static Dictionary<string, string> AliasSuffixes(List<string> aliases)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var suffixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            var stem = "Alias" + LogicalIds.Words(alias);
            var suffix = stem;
            for (int n = 2; !used.Add(suffix); n++)
            {
                suffix = stem + n.ToString(CultureInfo.InvariantCulture);
            }

            suffixes[alias] = suffix;
        }
        return suffixes;
    }

    /// <summary>Puts every value of one manifest where the mapping says.</summary>
    private void Apply(PlannedFunction function, Operation operation, string manifest, PlannedAlias? alias)
    {
        if (MiniJson.Parse(manifest) is not Dictionary<string, object?> body)
        {
            return; // the exporter checked every manifest is an object
        }

        Walk(function, operation, alias, body, "");
    }

    private void Walk(PlannedFunction function, Operation operation, PlannedAlias? alias, Dictionary<string, object?> node, string prefix)
    {
        foreach (var member in node)
        {
            var path = prefix + member.Key;
            // Every other operation's manifest names its function (and an alias's its qualifier): the template relates the
            // resources instead.
            if (operation != Operations.CreateFunction && path == "FunctionName"
                || operation == Operations.PutProvisionedConcurrencyConfig && path == "Qualifier")
            {
                continue;
            }

            var property = TemplateMapping.Find(operation, path);
            if (property is null)
            {
                if (member.Value is Dictionary<string, object?> child)
                {
                    Walk(function, operation, alias, child, path + ".");
                }
                else
                {
                    Warn(function.Name, path, $"{path} of {operation.Name} is a member this LambdaGen has no template mapping for");
                }

                continue;
            }
            Place(function, alias, property, member.Value);
        }
    }

    private void Place(PlannedFunction function, PlannedAlias? alias, TemplateProperty property, object? value)
    {
        var sam = _format == Format.Sam;
        var path = sam ? property.SamPath : property.Path;
        var how = sam ? property.SamValue : property.Value;
        var field = property.Field;

        if (how == TemplateValue.PublishesVersion)
        {
            function.Publishes |= value is true;
            return;
        }
        if (sam && SamPlacement(function, alias, property, value) is { } placed)
        {
            if (!placed)
            {
                return;
            }
        }
        else if (path is null)
        {
            Warn(function.Name, field.Name, $"{field.Name} ({field.Operation.AttributeDisplay}) cannot be expressed in {_file}: {property.Why}");
            return;
        }

        var target = sam ? function.FunctionProperties : property.Resource switch
        {
            TemplateResource.Function => function.FunctionProperties,
            TemplateResource.Alias => alias?.Properties ?? function.FunctionProperties,
            TemplateResource.Url => function.Url ??= new JsonObjectNode(),
            TemplateResource.EventInvokeConfig => function.EventInvokeConfig ??= new JsonObjectNode(),
            TemplateResource.EventSourceMapping when _source is { } source => source.Properties,
            _ => function.FunctionProperties,
        };
        if (property.Resource == TemplateResource.Url && field == FieldTable.UrlQualifier && value is string qualifier)
        {
            function.UrlAlias = function.Aliases.FirstOrDefault(a => a.Name == qualifier);
        }

        if (property.Resource == TemplateResource.Url && field == FieldTable.UrlAuthType)
        {
            function.UrlIsPublic = value is "NONE";
        }

        target.SetPath(path!, Convert(how, value));
    }

    /// <summary>SAM's alias and URL rules: the one alias SAM can publish (AutoPublishAlias) is the first by name; its
    /// provisioned concurrency goes with it; a URL follows that alias. True: place as mapped; false: dropped (and warned);
    /// null: not SAM's concern.</summary>
    private bool? SamPlacement(PlannedFunction function, PlannedAlias? alias, TemplateProperty property, object? value)
    {
        var field = property.Field;
        bool first = alias is not null && function.Aliases.Count > 0 && function.Aliases[0] == alias;
        if (field == FieldTable.AliasName || field == FieldTable.ProvisionedConcurrentExecutions)
        {
            if (first)
            {
                return true;
            }

            Warn(function.Name, field.Name, $"alias '{alias?.Name}' cannot be expressed in {_file}: AWS::Serverless::Function publishes one alias (AutoPublishAlias, here '{function.Aliases[0].Name}'); the CloudFormation template (LambdaTemplateFormat=CloudFormation or Both) has every alias");
            return false;
        }
        if (field == FieldTable.UrlQualifier)
        {
            if (function.Aliases.Count > 0 && value is string qualifier && qualifier == function.Aliases[0].Name)
            {
                return false; // implied: SAM's FunctionUrlConfig is on the AutoPublishAlias
            }

            Warn(function.Name, field.Name, $"Qualifier '{value}' of [LambdaFunctionUrl] cannot be expressed in {_file}: {property.Why}");
            return false;
        }
        return null;
    }

    private static object? Convert(TemplateValue how, object? value)
    {
        switch (how)
        {
            case TemplateValue.TagList when value is Dictionary<string, object?> tags:
                return tags.Select(t => (object?)new JsonObjectNode().Add("Key", t.Key).Add("Value", t.Value)).ToList();
            case TemplateValue.LatestPublishedFlag:
                return value is "LATEST_PUBLISHED";
            case TemplateValue.TracingMode:
                return value;
            case TemplateValue.EpochSeconds when value is string text
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant):
                return new JsonNumber(instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            case TemplateValue.DeadLetterQueue when value is string arn:
                return new JsonObjectNode().Add("Type", Service(arn) == "sns" ? "SNS" : "SQS").Add("TargetArn", arn);
            case TemplateValue.SamDestination when value is string destination:
                return new JsonObjectNode().Add("Type", DestinationType(destination)).Add("Destination", destination);
            default:
                return value;
        }
    }

    /// <summary>The service of an ARN (<c>arn:aws:sqs:…</c> → <c>sqs</c>).</summary>
    private static string Service(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length > 2 ? parts[2] : "";
    }

    /// <summary>SAM's destination types (SQS, SNS, Lambda, EventBridge, S3Bucket) by the ARN's service.</summary>
    private static string DestinationType(string arn) => Service(arn) switch
    {
        "sns" => "SNS",
        "lambda" => "Lambda",
        "events" => "EventBridge",
        "s3" => "S3Bucket",
        _ => "SQS",
    };

    private void Warn(string function, string setting, string text) =>
        _messages.Add(new BuildMessage(BuildMessageKind.Warning, BuildCodes.TemplateOmits, null,
            $"Function '{function}': {text}; {_file} leaves it out (the manifest and the direct deploy carry it)."));
}

/// <summary>The IDs one function owns in a template.</summary>
internal sealed record FunctionIds(string Base)
{
    public string Function => Base + "Function";
    public string Version => Base + "Version";
    public string Url => Base + "Url";
    public string UrlPublicPermission => Base + "UrlPublicPermission";
    public string UrlInvokePermission => Base + "UrlInvokePermission";
    public string EventInvokeConfig => Base + "EventInvokeConfig";
    public string ImageUri => Base + "ImageUri";
    public string FunctionArn => Base + "FunctionArn";
    public string FunctionUrl => Base + "FunctionUrl";
}

/// <summary>One function as a template shows it.</summary>
internal sealed class PlannedFunction
{
    public PlannedFunction(string name, FunctionIds ids, bool isImage)
    {
        Name = name;
        Ids = ids;
        IsImage = isImage;
    }

    public string Name { get; }
    public FunctionIds Ids { get; }
    public bool IsImage { get; }
    public bool Publishes { get; set; }
    public JsonObjectNode FunctionProperties { get; } = new();
    public List<PlannedAlias> Aliases { get; } = new();
    public JsonObjectNode? Url { get; set; }
    public PlannedAlias? UrlAlias { get; set; }
    public bool UrlIsPublic { get; set; }
    public JsonObjectNode? EventInvokeConfig { get; set; }
    public List<PlannedEventSource> EventSources { get; } = new();
}

/// <summary>One event source mapping: its logical ID and the properties its manifest gives it.</summary>
internal sealed class PlannedEventSource
{
    public PlannedEventSource(string logicalId) => LogicalId = logicalId;

    public string LogicalId { get; }
    public JsonObjectNode Properties { get; } = new();
}

/// <summary>One alias: its name, logical ID and the properties its manifests give it.</summary>
internal sealed class PlannedAlias
{
    public PlannedAlias(string name, string logicalId)
    {
        Name = name;
        LogicalId = logicalId;
    }

    public string Name { get; }
    public string LogicalId { get; }
    public JsonObjectNode Properties { get; } = new();
}
