using System;
using System.Collections.Generic;
using System.Linq;

namespace LambdaGen.Core.Rules;

/// <summary>How a runtime stands on <see cref="Runtimes.SnapshotDate"/>.</summary>
public enum RuntimeStatus
{
    Supported,
    Deprecated,
    CreateBlocked,
}

/// <summary>Whether AWS documents a feature for a runtime.</summary>
public enum FeatureSupport : byte
{
    /// <summary>Not on the feature's list of supported runtimes.</summary>
    No,
    Yes,
}

/// <summary>One row of Lambda's runtime lifecycle table. Dates are ISO yyyy-MM-dd; null means not announced.
/// <paramref name="ManagedInstances"/>: the runtime runs on Lambda Managed Instances; <paramref name="Durable"/>: durable
/// functions support it.</summary>
public sealed record RuntimeInfo(string Identifier, string? Deprecated, string? CreateBlocked, string? UpdateBlocked, bool Arm64, bool SnapStart,
    bool ManagedInstances = false, FeatureSupport Durable = FeatureSupport.No)
{
    /// <summary>Status as of the table's own snapshot date, never the clock, so builds are reproducible.</summary>
    public RuntimeStatus Status =>
        IsOnOrBefore(CreateBlocked, Runtimes.SnapshotDate) ? RuntimeStatus.CreateBlocked
        : IsOnOrBefore(Deprecated, Runtimes.SnapshotDate) ? RuntimeStatus.Deprecated
        : RuntimeStatus.Supported;

    // ISO dates compare correctly as ordinal strings.
    private static bool IsOnOrBefore(string? date, string snapshot) => date is not null && string.CompareOrdinal(date, snapshot) <= 0;
}

/// <summary>
/// The Lambda runtime lifecycle table (deprecate / block-create / block-update dates, arm64, SnapStart, Lambda Managed
/// Instances and durable-function support), from ../shared/reference/createfunction-rules.json. Update the rows and the
/// snapshot date together.
/// </summary>
/// <remarks>
/// Checked on 2026-12-07 against the AWS pages cited in <see cref="FactSources"/>:
/// <list type="bullet">
/// <item>Dates: https://docs.aws.amazon.com/lambda/latest/dg/lambda-csharp.html (dotnet10: 2028-11-14 / 2028-12-14 / 2029-01-15;
/// dotnet8: deprecated 2026-11-10, and the newer docs.amazonaws.cn copy of the page, lambda-csharp.md, gives the block dates
/// 2027-02-01 / 2027-03-03 kept here, where an older copy said 2026-12-10 / 2027-01-11) and
/// https://docs.aws.amazon.com/lambda/latest/dg/runtimes-provided.html (provided.al2023: 2029-06-30 / 2029-07-31 / 2029-08-31,
/// as here; the stored copy gives provided.al2 2026-06-30 / 2026-07-31 / 2026-08-31, the dates before AWS extended the
/// deadlines in 2026, so the row keeps the extended 2026-07-31 / 2027-02-01 / 2027-03-03 of the lifecycle table). No date
/// changed.</item>
/// <item>SnapStart: https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html ("Java 11 and later, Python 3.12 and later,
/// .NET 8 and later"), applied to every identifier: python3.14, python3.15, java11.al2023 and java17.al2023 now have
/// SnapStart (the older EN copy of the page, Java only, was superseded).</item>
/// <item>Managed Instances: https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html (Java 21+,
/// Python 3.13+, Node.js 22+, .NET 8+, provided.al2023 and later).</item>
/// <item>Durable functions: https://docs.aws.amazon.com/lambda/latest/dg/durable-supported-runtimes.html (nodejs22.x, nodejs24.x,
/// python3.13, python3.14, java17, java21, java25, dotnet8 and dotnet10; the current version of the page lists .NET, older
/// copies do not, and the current page is what the service does).</item>
/// </list>
/// </remarks>
public static class Runtimes
{
    /// <summary>The date the table describes. Statuses are computed against it, not against today.</summary>
    public const string SnapshotDate = "2026-12-07";

    public static readonly IReadOnlyList<RuntimeInfo> All = new RuntimeInfo[]
    {
        new("nodejs", "2016-08-30", "2016-09-30", "2016-10-31", Arm64: false, SnapStart: false),
        new("nodejs4.3", "2020-03-05", "2020-02-03", "2020-03-05", Arm64: false, SnapStart: false),
        new("nodejs6.10", "2019-08-12", "2019-07-12", "2019-08-12", Arm64: false, SnapStart: false),
        new("nodejs8.10", "2020-03-06", "2020-02-04", "2020-03-06", Arm64: false, SnapStart: false),
        new("nodejs10.x", "2021-07-30", "2021-07-30", "2022-02-14", Arm64: false, SnapStart: false),
        new("nodejs12.x", "2023-03-31", "2023-03-31", "2023-04-30", Arm64: true, SnapStart: false),
        new("nodejs14.x", "2023-12-04", "2024-01-09", "2027-03-03", Arm64: true, SnapStart: false),
        new("nodejs16.x", "2024-06-12", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("nodejs18.x", "2025-09-01", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("nodejs20.x", "2026-04-30", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("nodejs22.x", "2027-04-30", "2027-06-01", "2027-07-01", Arm64: true, SnapStart: false, ManagedInstances: true, Durable: FeatureSupport.Yes),
        new("nodejs24.x", "2028-04-30", "2028-06-01", "2028-07-01", Arm64: true, SnapStart: false, ManagedInstances: true, Durable: FeatureSupport.Yes),
        new("java8", "2024-01-08", "2024-02-08", "2027-03-03", Arm64: false, SnapStart: false),
        new("java8.al2", "2027-06-30", "2027-07-31", "2027-08-31", Arm64: true, SnapStart: false),
        new("java11", "2027-06-30", "2027-07-31", "2027-08-31", Arm64: true, SnapStart: true),
        new("java17", "2027-06-30", "2027-07-31", "2027-08-31", Arm64: true, SnapStart: true, Durable: FeatureSupport.Yes),
        new("java21", "2029-06-30", "2029-07-31", "2029-08-31", Arm64: true, SnapStart: true, ManagedInstances: true, Durable: FeatureSupport.Yes),
        new("java25", "2029-06-30", "2029-07-31", "2029-08-31", Arm64: true, SnapStart: true, ManagedInstances: true, Durable: FeatureSupport.Yes),
        new("python2.7", "2021-07-15", "2021-07-15", "2022-05-30", Arm64: false, SnapStart: false),
        new("python3.6", "2022-07-18", "2022-07-18", "2022-08-29", Arm64: false, SnapStart: false),
        new("python3.7", "2023-12-04", "2024-01-09", "2027-03-03", Arm64: false, SnapStart: false),
        new("python3.8", "2024-10-14", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("python3.9", "2025-12-15", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("python3.10", "2026-10-31", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("python3.11", "2027-06-30", "2027-07-31", "2027-08-31", Arm64: true, SnapStart: false),
        new("python3.12", "2028-10-31", "2028-11-30", "2029-01-10", Arm64: true, SnapStart: true),
        new("python3.13", "2029-06-30", "2029-07-31", "2029-08-31", Arm64: true, SnapStart: true, ManagedInstances: true, Durable: FeatureSupport.Yes),
        new("python3.14", "2029-06-30", "2029-07-31", "2029-08-31", Arm64: true, SnapStart: true, ManagedInstances: true, Durable: FeatureSupport.Yes),
        new("dotnetcore1.0", "2019-06-27", "2019-06-30", "2019-07-30", Arm64: false, SnapStart: false),
        new("dotnetcore2.0", "2019-05-30", "2019-04-30", "2019-05-30", Arm64: false, SnapStart: false),
        new("dotnetcore2.1", "2022-01-05", "2022-01-05", "2022-04-13", Arm64: false, SnapStart: false),
        new("dotnetcore3.1", "2023-04-03", "2023-04-03", "2023-05-03", Arm64: true, SnapStart: false),
        new("dotnet6", "2024-12-20", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("dotnet8", "2026-11-10", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: true, ManagedInstances: true, Durable: FeatureSupport.Yes),
        new("dotnet10", "2028-11-14", "2028-12-14", "2029-01-15", Arm64: true, SnapStart: true, ManagedInstances: true, Durable: FeatureSupport.Yes),
        new("nodejs4.3-edge", "2020-03-05", "2019-03-31", "2019-04-30", Arm64: false, SnapStart: false),
        new("go1.x", "2024-01-08", "2024-02-08", "2027-03-03", Arm64: false, SnapStart: false),
        new("ruby2.5", "2021-07-30", "2021-07-30", "2022-03-31", Arm64: false, SnapStart: false),
        new("ruby2.7", "2023-12-07", "2024-01-09", "2027-03-03", Arm64: true, SnapStart: false),
        new("ruby3.2", "2026-03-31", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("ruby3.3", "2027-03-31", "2027-04-30", "2027-05-31", Arm64: true, SnapStart: false),
        new("ruby3.4", "2028-03-31", "2028-04-30", "2028-05-31", Arm64: true, SnapStart: false),
        new("ruby4.0", "2029-03-31", "2029-04-30", "2029-05-31", Arm64: true, SnapStart: false),
        new("provided", "2024-01-08", "2024-02-08", "2027-03-03", Arm64: false, SnapStart: false),
        new("provided.al2", "2026-07-31", "2027-02-01", "2027-03-03", Arm64: true, SnapStart: false),
        new("provided.al2023", "2029-06-30", "2029-07-31", "2029-08-31", Arm64: true, SnapStart: false, ManagedInstances: true),
        new("nodejs26.x", null, null, null, Arm64: true, SnapStart: false, ManagedInstances: true),
        new("python3.15", null, null, null, Arm64: true, SnapStart: true, ManagedInstances: true),
        new("java8.al2023", null, null, null, Arm64: true, SnapStart: false),
        new("java11.al2023", null, null, null, Arm64: true, SnapStart: true),
        new("java17.al2023", null, null, null, Arm64: true, SnapStart: true),
    };

    private static readonly Dictionary<string, RuntimeInfo> ByIdentifier = All.ToDictionary(r => r.Identifier, StringComparer.Ordinal);

    public static RuntimeInfo? Find(string identifier) => ByIdentifier.TryGetValue(identifier, out var info) ? info : null;

    /// <summary>The OS-only runtimes a self-contained or Native AOT .NET handler can use.</summary>
    public static bool IsOsOnly(string identifier) => identifier is "provided.al2023" or "provided.al2" or "provided";
}
