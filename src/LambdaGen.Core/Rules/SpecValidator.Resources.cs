using System;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    // Standard functions (no CapacityProviderArn). The service model's wider MemorySize and Timeout ranges are for Lambda
    // Managed Instances (SpecValidator.ManagedInstances.cs); these limits are the service's for every other function.
    /// <summary>"You can configure memory between 128 MB and 10,240 MB in 1-MB increments" (FactSources.MemoryPage).</summary>
    public const int MemoryMin = 128;
    /// <summary>See <see cref="MemoryMin"/>; the quotas page (FactSources.QuotasPage) also says "up to 10,240 MB".</summary>
    public const int MemoryMax = 10240;
    public const int TimeoutMin = 1;
    /// <summary>900 seconds (15 minutes), except for Lambda Managed Instances (FactSources.QuotasPage).</summary>
    public const int TimeoutMax = 900;
    public const int EphemeralMin = 512;
    public const int EphemeralMax = 10240;

    private static void CheckResources(Run run)
    {
        var spec = run.Spec;
        bool managed = IsManagedInstances(spec);
        if (spec.MemorySize is { } memory)
        {
            int ceiling = Math.Min(MemoryMax, run.Context.MaxMemorySize ?? MemoryMax);
            if (managed)
            {
                CheckManagedInstancesMemory(run, memory);
            }
            else if (memory.Value < MemoryMin)
            {
                run.Report(RuleCatalog.MemorySizeOutOfRange, FieldKeys.MemorySize, memory.Origin,
                    $"MemorySize {Text.Number(memory.Value)} is below the minimum of {MemoryMin} MB for a standard function", Text.Number(MemoryMin));
            }
            else if (memory.Value > ceiling)
            {
                run.Report(RuleCatalog.MemorySizeOutOfRange, FieldKeys.MemorySize, memory.Origin,
                    ceiling < MemoryMax
                        ? $"MemorySize {Text.Number(memory.Value)} is above {Text.Number(ceiling)} MB, the ceiling LambdaMaxMemorySize sets for a standard function"
                        : $"MemorySize {Text.Number(memory.Value)} is above the maximum of {Text.Number(MemoryMax)} MB for a standard function",
                    Text.Number(ceiling));
            }
        }

        if (spec.Timeout is { } timeout)
        {
            if (managed)
            {
                CheckManagedInstancesTimeout(run, timeout);
            }
            else if (timeout.Value < TimeoutMin || timeout.Value > TimeoutMax)
            {
                run.Report(RuleCatalog.TimeoutOutOfRange, FieldKeys.Timeout, timeout.Origin,
                    $"Timeout {Text.Number(timeout.Value)} is outside {TimeoutMin}–{TimeoutMax} seconds for a standard function" +
                    (timeout.Value > TimeoutMax && timeout.Value <= ModelMax(FieldTable.Timeout)
                        ? $"; up to {Text.Number(ModelMax(FieldTable.Timeout))} is only for functions on Lambda Managed Instances (CapacityProviderArn)"
                        : ""),
                    Text.Number(timeout.Value < TimeoutMin ? TimeoutMin : TimeoutMax));
            }
        }

        if (spec.EphemeralStorage is { } storage && (storage.Value < EphemeralMin || storage.Value > EphemeralMax))
        {
            run.Report(RuleCatalog.EphemeralStorageOutOfRange, FieldKeys.EphemeralStorage, storage.Origin,
                $"EphemeralStorage {Text.Number(storage.Value)} is outside {EphemeralMin}–{Text.Number(EphemeralMax)} MB",
                Text.Number(storage.Value < EphemeralMin ? EphemeralMin : EphemeralMax));
        }

        CheckArchitectures(run);
    }

    private static void CheckArchitectures(Run run)
    {
        var spec = run.Spec;
        string effective = "x86_64";
        if (spec.Architectures is { } architectures)
        {
            var items = architectures.Value;
            if (items.Count != 1)
            {
                run.Report(RuleCatalog.ArchitecturesCount, FieldKeys.Architectures, architectures.Origin,
                    $"Architectures has {items.Count} items; Lambda accepts exactly one, x86_64 or arm64");
                return;
            }

            var value = items[0];
            if (value is null)
            {
                return; // LG0113
            }

            if (value is not ("x86_64" or "arm64"))
            {
                var suggestion = Suggestions.Architecture(value);
                run.Report(RuleCatalog.ArchitectureUnknown, FieldKeys.Item(FieldKeys.Architectures, 0), architectures.Origin,
                    suggestion is null
                        ? $"Architecture {Text.Quote(value)} is not valid; use 'x86_64' or 'arm64'"
                        : $"Architecture {Text.Quote(value)} is not valid; the API spells it '{suggestion}'",
                    suggestion);
                return;
            }
            effective = value;

            if (value == "arm64" && spec.Runtime is { } runtime && Runtimes.Find(runtime.Value ?? "") is { Arm64: false } && !spec.IsImage)
            {
                var (field, origin) = Blame((FieldKeys.Item(FieldKeys.Architectures, 0), architectures.Origin), (FieldKeys.Runtime, runtime.Origin));
                run.Report(RuleCatalog.ArchitectureUnsupportedByRuntime, field, origin,
                    $"Runtime '{runtime.Value}' runs only on x86_64, not on arm64", "x86_64");
            }
        }

        var rid = run.Context.RuntimeIdentifier;
        string? ridArchitecture = rid switch
        {
            "linux-x64" or "linux-musl-x64" => "x86_64",
            "linux-arm64" or "linux-musl-arm64" => "arm64",
            _ => null,
        };
        if (ridArchitecture is not null && ridArchitecture != effective)
        {
            if (spec.Architectures is null)
            {
                // Nothing set Architectures: the conflict comes from the RuntimeIdentifier property alone, not LambdaArchitecture.
                run.Violations.Add(new Violation(RuleCatalog.RuntimeIdentifierArchitectureMismatch, FieldKeys.Architectures, ValueOrigin.MsBuild,
                    $"RuntimeIdentifier '{rid}' builds for {ridArchitecture}, but the function runs on x86_64 (Lambda's default); set Architectures = new[] {{ \"{ridArchitecture}\" }} (from MSBuild property RuntimeIdentifier)",
                    ridArchitecture));
            }
            else
            {
                run.Report(RuleCatalog.RuntimeIdentifierArchitectureMismatch, FieldKeys.Item(FieldKeys.Architectures, 0), spec.Architectures.Value.Origin,
                    $"RuntimeIdentifier '{rid}' builds for {ridArchitecture}, but Architectures is '{effective}'",
                    ridArchitecture);
            }
        }
    }
}
