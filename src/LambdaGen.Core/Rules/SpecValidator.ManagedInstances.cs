using System;
using System.Globalization;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>Lambda Managed Instances (CapacityProviderConfig): LG0070–LG0076.</summary>
public static partial class SpecValidator
{
    /// <summary>"The minimum supported function size is 2GB and 1 vCPU" (FactSources.ManagedInstancesBestPracticesPage).</summary>
    public const int ManagedInstancesMemoryMin = 2048;

    /// <summary>The memory-to-vCPU ratios Lambda Managed Instances supports (FactSources.SamCapacityProviderConfigPage).</summary>
    public static readonly double[] MemoryPerVCpuRatios = { 2, 4, 8 };

    private const string Unconfirmed = "no AWS page found states it";

    /// <summary>The function runs on Lambda Managed Instances: a capacity provider is named.</summary>
    public static bool IsManagedInstances(FunctionSpec spec) => spec.Get(FieldTable.CapacityProviderArn) is { Value.Length: > 0 };

    /// <summary>The model's maximum of an integer row (MemorySize 32768, Timeout 5400): the table, not a copy of it.</summary>
    private static int ModelMax(Field field) => field.Model.Max is { } max ? (int)max : int.MaxValue;

    private static int ModelMin(Field field) => field.Model.Min is { } min ? (int)min : int.MinValue;

    private static void CheckManagedInstancesMemory(Run run, Setting<int> memory)
    {
        int max = ModelMax(FieldTable.MemorySize);
        if (memory.Value < ManagedInstancesMemoryMin)
        {
            run.Report(RuleCatalog.ManagedInstancesMemoryOutOfRange, FieldKeys.MemorySize, memory.Origin,
                $"MemorySize {Text.Number(memory.Value)} is below {Text.Number(ManagedInstancesMemoryMin)} MB, the minimum for a function on Lambda Managed Instances (2 GB and 1 vCPU)",
                Text.Number(ManagedInstancesMemoryMin));
        }
        else if (memory.Value > max)
        {
            run.Report(RuleCatalog.ManagedInstancesMemoryOutOfRange, FieldKeys.MemorySize, memory.Origin,
                $"MemorySize {Text.Number(memory.Value)} is above the maximum of {Text.Number(max)} MB for a function on Lambda Managed Instances",
                Text.Number(max));
        }
        else if (memory.Value > MemoryMax)
        {
            run.Report(RuleCatalog.ManagedInstancesLargeMemoryUnconfirmed, FieldKeys.MemorySize, memory.Origin,
                $"MemorySize {Text.Number(memory.Value)} is above {Text.Number(MemoryMax)} MB; the service model allows up to {Text.Number(max)} on Lambda Managed Instances, but {Unconfirmed}");
        }
    }

    private static void CheckManagedInstancesTimeout(Run run, Setting<int> timeout)
    {
        int min = ModelMin(FieldTable.Timeout), max = ModelMax(FieldTable.Timeout);
        if (timeout.Value < min || timeout.Value > max)
        {
            run.Report(RuleCatalog.ManagedInstancesTimeoutOutOfRange, FieldKeys.Timeout, timeout.Origin,
                $"Timeout {Text.Number(timeout.Value)} is outside {Text.Number(min)}–{Text.Number(max)} seconds for a function on Lambda Managed Instances (whose synchronous invocations still stop at {TimeoutMax} seconds)",
                Text.Number(timeout.Value < min ? min : max));
        }
    }

    private static void CheckManagedInstances(Run run)
    {
        var spec = run.Spec;

        // The ratio: the model's range is LG0062's; within it only 2, 4 and 8 are supported.
        if (spec.Get(FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu) is { } ratio
            && ratio.Value >= (FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu.Model.Min ?? double.MinValue)
            && ratio.Value <= (FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu.Model.Max ?? double.MaxValue)
            && !MemoryPerVCpuRatios.Contains(ratio.Value))
        {
            run.Report(RuleCatalog.MemoryPerVCpuRatioUnsupported, FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu.Name, ratio.Origin,
                $"ExecutionEnvironmentMemoryGiBPerVCpu {ratio.Value.ToString("R", CultureInfo.InvariantCulture)} is not a supported ratio; use 2, 4 or 8 GiB per vCPU",
                NearestRatio(ratio.Value).ToString(CultureInfo.InvariantCulture));
        }

        var provider = spec.Get(FieldTable.CapacityProviderArn);
        if (!IsManagedInstances(spec))
        {
            if (spec.Get(FieldTable.PublishTo) is { Value: "LATEST_PUBLISHED" } publishTo)
            {
                run.Report(RuleCatalog.PublishToWithoutCapacityProvider, FieldTable.PublishTo.Name, publishTo.Origin,
                    "PublishTo 'LATEST_PUBLISHED' is set without CapacityProviderArn; $LATEST.PUBLISHED is the version of a function on Lambda Managed Instances");
            }

            return;
        }

        var providerOrigin = provider!.Value.Origin;
        if (spec.Runtime is { } runtime && !spec.IsImage && Runtimes.Find(runtime.Value ?? "") is { ManagedInstances: false })
        {
            var (field, origin) = Blame((FieldKeys.Runtime, runtime.Origin), (FieldTable.CapacityProviderArn.Name, providerOrigin));
            string? fix = field == FieldKeys.Runtime && runtime.Value is "provided.al2" or "provided" ? "provided.al2023" : null;
            run.Report(RuleCatalog.ManagedInstancesRuntimeUnsupported, field, origin,
                $"Runtime '{runtime.Value}' does not run on Lambda Managed Instances; use Java 21+, Python 3.13+, Node.js 22+, .NET 8+ (dotnet8, dotnet10) or provided.al2023",
                fix);
        }

        if (spec.SnapStart is { Value: "PublishedVersions" } snapStart)
        {
            run.Report(RuleCatalog.ManagedInstancesSettingUnconfirmed, FieldKeys.SnapStart, snapStart.Origin,
                $"SnapStart is set on a function on Lambda Managed Instances, which reportedly does not support it; {Unconfirmed}");
        }

        if (spec.EphemeralStorage is { } storage)
        {
            run.Report(RuleCatalog.ManagedInstancesSettingUnconfirmed, FieldKeys.EphemeralStorage, storage.Origin,
                $"EphemeralStorage is set on a function on Lambda Managed Instances, which reportedly does not support it; {Unconfirmed}");
        }

        Setting<EquatableArray<string?>>? vpc = spec.SubnetIds is { Value.Count: > 0 } ? spec.SubnetIds : spec.SecurityGroupIds is { Value.Count: > 0 } ? spec.SecurityGroupIds : null;
        if (vpc is { } network)
        {
            var vpcField = spec.SubnetIds is { Value.Count: > 0 } ? FieldKeys.SubnetIds : FieldKeys.SecurityGroupIds;
            run.Report(RuleCatalog.ManagedInstancesSettingUnconfirmed, vpcField, network.Origin,
                $"{vpcField} is set on a function on Lambda Managed Instances, which runs in the capacity provider's subnets; a function-level VPC reportedly does not apply, but {Unconfirmed}");
        }
    }

    /// <summary>The supported ratio nearest to <paramref name="value"/>; halfway between two, the larger (more memory per vCPU).</summary>
    private static double NearestRatio(double value)
    {
        double best = MemoryPerVCpuRatios[0];
        foreach (var candidate in MemoryPerVCpuRatios)
        {
            if (Math.Abs(candidate - value) <= Math.Abs(best - value))
            {
                best = candidate;
            }
        }

        return best;
    }
}
