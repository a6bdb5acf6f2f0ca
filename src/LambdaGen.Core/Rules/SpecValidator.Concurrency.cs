using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>Reserved and provisioned concurrency (PutFunctionConcurrency, PutProvisionedConcurrencyConfig) and what excludes
/// them: LG0100–LG0104.</summary>
public static partial class SpecValidator
{
    /// <summary>The default concurrency limit of an account per Region, minus the 100 that must stay unreserved.</summary>
    internal const int DefaultReservableConcurrency = 900;

    private static void CheckConcurrency(Run run)
    {
        var spec = run.Spec;
        var reserved = spec.Get(FieldTable.ReservedConcurrentExecutions);
        var reservedKey = FieldTable.ReservedConcurrentExecutions.Key();
        if (reserved is { Value: 0 } zero)
        {
            run.Report(RuleCatalog.ReservedConcurrencyZero, reservedKey, zero.Origin,
                "ReservedConcurrentExecutions 0 throttles every invocation: the function processes no events until the limit is removed (a function URL answers 429, asynchronous events go to the on-failure destination without retries)");
        }
        else if (reserved is { Value: > DefaultReservableConcurrency } high)
        {
            run.Report(RuleCatalog.ReservedConcurrencyAboveDefaultLimit, reservedKey, high.Origin,
                $"ReservedConcurrentExecutions {Text.Number(high.Value)} is above {Text.Number(DefaultReservableConcurrency)}, the most an account with the default limit of 1,000 concurrent executions can reserve (100 stay unreserved); it fails unless the account's quota was raised");
        }

        // Every alias with provisioned concurrency (values the model rule rejects are left to it).
        var provisioned = new List<(string Key, string Subject, string Name, Setting<int> Value)>();
        foreach (var attached in spec.Attached)
        {
            if (attached.Attribute != Operations.LambdaAliasAttribute || attached.Settings.Get(FieldTable.ProvisionedConcurrentExecutions) is not { Value: >= 1 } value)
            {
                continue;
            }

            var name = attached.Settings.Get(FieldTable.AliasName)?.Value;
            var label = name is null ? "#" + Text.Number(attached.Position + 1) : Text.Quote(name);
            provisioned.Add((FieldTable.ProvisionedConcurrentExecutions.Key(attached.Position), "Alias " + label + " ProvisionedConcurrentExecutions", label, value));
        }

        // LG0100: provisioned concurrency is counted across versions against the reserved concurrency.
        if (reserved is { Value: >= 0 } limit)
        {
            long sum = 0;
            for (int i = 0; i < provisioned.Count; i++)
            {
                var (key, subject, _, value) = provisioned[i];
                sum += value.Value;
                if (sum <= limit.Value)
                {
                    continue;
                }

                run.Report(RuleCatalog.ProvisionedAboveReserved, key, value.Origin, i == 0
                    ? $"{subject} {Text.Number(value.Value)} exceeds ReservedConcurrentExecutions {Text.Number(limit.Value)}; provisioned concurrency cannot exceed the function's reserved concurrency"
                    : $"{subject} {Text.Number(value.Value)} brings the aliases' provisioned concurrency to {sum.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({string.Join(", ", provisioned.Take(i + 1).Select(p => p.Name + " " + Text.Number(p.Value.Value)))}), above ReservedConcurrentExecutions {Text.Number(limit.Value)}; provisioned concurrency is counted across versions and cannot exceed the function's reserved concurrency");
                break;
            }
        }

        // LG0103: SnapStart does not support provisioned concurrency.
        if (spec.SnapStart is { Value: "PublishedVersions" } snapStart)
        {
            foreach (var (key, subject, _, value) in provisioned)
            {
                run.Report(RuleCatalog.SnapStartWithProvisionedConcurrency, key, value.Origin,
                    $"{subject} cannot be used with SnapStart {Text.Quote(snapStart.Value)}; SnapStart does not support provisioned concurrency");
            }
        }

        // LG0104: a tenant-isolated function has no function URL and no provisioned concurrency.
        if (spec.Get(FieldTable.TenantIsolationMode) is { Value: { } mode })
        {
            if (spec.Attached.Any(a => a.Attribute == Operations.LambdaFunctionUrlAttribute))
            {
                run.Report(RuleCatalog.TenantIsolationWithUrlOrProvisioned, Operations.CreateFunctionUrlConfig.KeyPrefix, ValueOrigin.Method,
                    $"[LambdaFunctionUrl] cannot be used with TenantIsolationMode {Text.Quote(mode)}; a tenant-isolated function does not support function URLs");
            }

            foreach (var (key, subject, _, value) in provisioned)
            {
                run.Report(RuleCatalog.TenantIsolationWithUrlOrProvisioned, key, value.Origin,
                    $"{subject} cannot be used with TenantIsolationMode {Text.Quote(mode)}; a tenant-isolated function does not support provisioned concurrency");
            }
        }
    }
}
