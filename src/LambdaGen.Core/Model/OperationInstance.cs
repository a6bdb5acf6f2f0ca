using System.Collections.Generic;
using LambdaGen.Core.Fields;

namespace LambdaGen.Core.Model;

/// <summary>One request a function's declared configuration is sent with: the operation, the settings it reads, and, for a
/// repeatable attribute, the attribute's position and the alias it is about.</summary>
public readonly record struct OperationInstance(Operation Operation, SettingTable Settings, int? Position, string? Alias)
{
    /// <summary>For an event source mapping: the source's file-safe name, unique among the function's sources
    /// (<see cref="EventSources.FileNames"/>); null otherwise.</summary>
    public string? Source { get; init; }

    /// <summary>The manifest file name without <c>.json</c>: <c>orders.url</c>, <c>orders.alias.live</c>, <c>orders.esm.clicks</c>.</summary>
    public string FileStem(string plainFunctionName) =>
        plainFunctionName + Operation.ManifestSuffix + (Alias is { } alias ? "." + alias : Source is { } source ? "." + source : "");

    /// <summary>Every operation the spec declares, in the order the deploy applies them: CreateFunction always; reserved
    /// concurrency when set; per alias CreateAlias, and PutProvisionedConcurrencyConfig when set; the URL and the
    /// asynchronous invocation config when their attribute is present; one event source mapping per <c>[LambdaEventSource]</c>.</summary>
    public static IEnumerable<OperationInstance> Declared(FunctionSpec spec)
    {
        yield return new OperationInstance(Operations.CreateFunction, spec.Settings, null, null);
        if (spec.Settings[FieldTable.ReservedConcurrentExecutions] is not null)
        {
            yield return new OperationInstance(Operations.PutFunctionConcurrency, spec.Settings, null, null);
        }

        foreach (var attached in spec.Attached)
        {
            if (attached.Attribute != Operations.LambdaAliasAttribute)
            {
                continue;
            }

            var alias = attached.Settings.Get(FieldTable.AliasName)?.Value;
            yield return new OperationInstance(Operations.CreateAlias, attached.Settings, attached.Position, alias);
            if (attached.Settings[FieldTable.ProvisionedConcurrentExecutions] is not null)
            {
                yield return new OperationInstance(Operations.PutProvisionedConcurrencyConfig, attached.Settings, attached.Position, alias);
            }
        }
        foreach (var attached in spec.Attached)
        {
            if (attached.Attribute == Operations.LambdaFunctionUrlAttribute)
            {
                yield return new OperationInstance(Operations.CreateFunctionUrlConfig, attached.Settings, null, null);
            }
        }
        foreach (var attached in spec.Attached)
        {
            if (attached.Attribute == Operations.LambdaAsyncInvokeAttribute)
            {
                yield return new OperationInstance(Operations.PutFunctionEventInvokeConfig, attached.Settings, null, null);
            }
        }
        List<AttachedSettings>? sources = null;
        foreach (var attached in spec.Attached)
        {
            if (attached.Attribute == Operations.LambdaEventSourceAttribute)
            {
                (sources ??= new List<AttachedSettings>()).Add(attached);
            }
        }
        if (sources is null)
        {
            yield break;
        }

        var names = EventSources.FileNames(sources.ConvertAll(s => s.Settings));
        for (int i = 0; i < sources.Count; i++)
        {
            yield return new OperationInstance(Operations.CreateEventSourceMapping, sources[i].Settings, sources[i].Position, null) { Source = names[i] };
        }
    }
}
