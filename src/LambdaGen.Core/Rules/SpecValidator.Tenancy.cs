using LambdaGen.Core.Fields;

namespace LambdaGen.Core.Rules;

/// <summary>Tenant isolation (TenancyConfig): LG0079.</summary>
public static partial class SpecValidator
{
    private static void CheckTenancy(Run run)
    {
        var spec = run.Spec;
        if (spec.Get(FieldTable.TenantIsolationMode) is not { } mode || spec.SnapStart is not { Value: "PublishedVersions" } snapStart)
        {
            return;
        }

        var (field, origin) = Blame((FieldTable.TenantIsolationMode.Name, mode.Origin), (FieldKeys.SnapStart, snapStart.Origin));
        run.Report(RuleCatalog.TenantIsolationWithSnapStart, field, origin,
            $"SnapStart cannot be used with TenantIsolationMode {Text.Quote(mode.Value)}; a tenant-isolated function does not support SnapStart");
    }
}
