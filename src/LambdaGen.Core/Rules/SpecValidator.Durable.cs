using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>Durable functions (DurableConfig): LG0077.</summary>
public static partial class SpecValidator
{
    /// <summary>The DurableConfig rows: any of them set makes the function durable.</summary>
    private static readonly Field[] DurableFields = { FieldTable.DurableExecutionTimeout, FieldTable.DurableRetentionPeriodInDays, FieldTable.DurableKMSKeyArn };

    /// <summary>"nodejs22.x, …, dotnet10", from the runtime table.</summary>
    private static readonly string DurableRuntimeList =
        string.Join(", ", Runtimes.All.Where(r => r.Durable == FeatureSupport.Yes).Select(r => r.Identifier));

    private static void CheckDurable(Run run)
    {
        var spec = run.Spec;
        var durable = DurableFields.Select(f => (Field: f, Setting: spec.Settings[f] as ISetting)).FirstOrDefault(d => d.Setting is not null);
        if (durable.Setting is null || spec.IsImage || spec.Runtime is not { } runtime || Runtimes.Find(runtime.Value ?? "") is not { } info)
        {
            return;
        }

        var (field, origin) = Blame((FieldKeys.Runtime, runtime.Origin), (durable.Field.Name, durable.Setting.Origin));
        if (info.Durable == FeatureSupport.No)
        {
            run.Report(RuleCatalog.DurableRuntimeUnsupported, field, origin,
                $"Runtime '{runtime.Value}' does not run durable functions ({durable.Field.Name} is set); they run on {DurableRuntimeList}, or in a container image");
        }
    }
}
