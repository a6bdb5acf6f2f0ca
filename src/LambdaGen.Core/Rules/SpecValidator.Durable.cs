using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>Durable functions (DurableConfig): LG0077–LG0078.</summary>
public static partial class SpecValidator
{
    /// <summary>The DurableConfig rows: any of them set makes the function durable.</summary>
    private static readonly Field[] DurableFields = { FieldTable.DurableExecutionTimeout, FieldTable.DurableRetentionPeriodInDays, FieldTable.DurableKMSKeyArn };

    private static readonly string DurableRuntimeList =
        string.Join(", ", Runtimes.All.Where(r => r.Durable == FeatureSupport.Yes).Select(r => r.Identifier)) + "; "
        + string.Join(" and ", Runtimes.All.Where(r => r.Durable == FeatureSupport.Unconfirmed).Select(r => r.Identifier)) + " on the newest version of the page";

    private static void CheckDurable(Run run)
    {
        var spec = run.Spec;
        var durable = DurableFields.Select(f => (Field: f, Setting: spec.Settings[f] as ISetting)).FirstOrDefault(d => d.Setting is not null);
        if (durable.Setting is null || spec.IsImage || spec.Runtime is not { } runtime || Runtimes.Find(runtime.Value ?? "") is not { } info)
            return;

        var (field, origin) = Blame((FieldKeys.Runtime, runtime.Origin), (durable.Field.Name, durable.Setting.Origin));
        if (info.Durable == FeatureSupport.No)
            run.Report(RuleCatalog.DurableRuntimeUnsupported, field, origin,
                $"Runtime '{runtime.Value}' is not a runtime for durable functions ({DurableRuntimeList}), which {durable.Field.Name} makes this function");
        else if (info.Durable == FeatureSupport.Unconfirmed)
            run.Report(RuleCatalog.DurableDotnetUnconfirmed, field, origin,
                $"Runtime '{runtime.Value}' runs durable functions only according to the newest version of the AWS page; older versions do not list .NET, so this is unconfirmed");
    }
}
