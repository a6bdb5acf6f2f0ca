namespace LambdaGen.ControlPlane;

/// <summary>
/// Which runtimes the service still lets you create or update with. Dates are the published lifecycle
/// table (block-create / block-update); "today" is pinned so results do not drift with the machine clock.
/// A runtime with no dates (added to the model after the table was last updated) is accepted.
/// </summary>
internal static class RuntimeLifecycle
{
    /// <summary>The date the service's decisions are evaluated at (the project's reference date).</summary>
    public static readonly DateOnly Today = new(2026, 11, 21);

    private sealed record Entry(DateOnly? CreateBlock, DateOnly? UpdateBlock, bool SnapStart);

    private static readonly Dictionary<string, Entry> Table = new(StringComparer.Ordinal)
    {
        ["nodejs"] = E("2016-09-30", "2016-10-31"),
        ["nodejs4.3"] = E("2020-02-03", "2020-03-05"),
        ["nodejs6.10"] = E("2019-07-12", "2019-08-12"),
        ["nodejs8.10"] = E("2020-02-04", "2020-03-06"),
        ["nodejs10.x"] = E("2021-07-30", "2022-02-14"),
        ["nodejs12.x"] = E("2023-03-31", "2023-04-30"),
        ["nodejs14.x"] = E("2024-01-09", "2027-03-03"),
        ["nodejs16.x"] = E("2027-02-01", "2027-03-03"),
        ["nodejs18.x"] = E("2027-02-01", "2027-03-03"),
        ["nodejs20.x"] = E("2027-02-01", "2027-03-03"),
        ["nodejs22.x"] = E("2027-06-01", "2027-07-01"),
        ["nodejs24.x"] = E("2028-06-01", "2028-07-01"),
        ["java8"] = E("2024-02-08", "2027-03-03"),
        ["java8.al2"] = E("2027-07-31", "2027-08-31"),
        ["java11"] = E("2027-07-31", "2027-08-31", snapStart: true),
        ["java17"] = E("2027-07-31", "2027-08-31", snapStart: true),
        ["java21"] = E("2029-07-31", "2029-08-31", snapStart: true),
        ["java25"] = E("2029-07-31", "2029-08-31", snapStart: true),
        ["python2.7"] = E("2021-07-15", "2022-05-30"),
        ["python3.6"] = E("2022-07-18", "2022-08-29"),
        ["python3.7"] = E("2024-01-09", "2027-03-03"),
        ["python3.8"] = E("2027-02-01", "2027-03-03"),
        ["python3.9"] = E("2027-02-01", "2027-03-03"),
        ["python3.10"] = E("2027-02-01", "2027-03-03"),
        ["python3.11"] = E("2027-07-31", "2027-08-31"),
        ["python3.12"] = E("2028-11-30", "2029-01-10", snapStart: true),
        ["python3.13"] = E("2029-07-31", "2029-08-31", snapStart: true),
        ["python3.14"] = E("2029-07-31", "2029-08-31", snapStart: true),
        ["dotnetcore1.0"] = E("2019-06-30", "2019-07-30"),
        ["dotnetcore2.0"] = E("2019-04-30", "2019-05-30"),
        ["dotnetcore2.1"] = E("2022-01-05", "2022-04-13"),
        ["dotnetcore3.1"] = E("2023-04-03", "2023-05-03"),
        ["dotnet6"] = E("2027-02-01", "2027-03-03"),
        ["dotnet8"] = E("2027-02-01", "2027-03-03", snapStart: true),
        ["dotnet10"] = E("2028-12-14", "2029-01-15", snapStart: true),
        ["nodejs4.3-edge"] = E("2019-03-31", "2019-04-30"),
        ["go1.x"] = E("2024-02-08", "2027-03-03"),
        ["ruby2.5"] = E("2021-07-30", "2022-03-31"),
        ["ruby2.7"] = E("2024-01-09", "2027-03-03"),
        ["ruby3.2"] = E("2027-02-01", "2027-03-03"),
        ["ruby3.3"] = E("2027-04-30", "2027-05-31"),
        ["ruby3.4"] = E("2028-04-30", "2028-05-31"),
        ["ruby4.0"] = E("2029-04-30", "2029-05-31"),
        ["provided"] = E("2024-02-08", "2027-03-03"),
        ["provided.al2"] = E("2027-02-01", "2027-03-03"),
        ["provided.al2023"] = E("2029-07-31", "2029-08-31"),
        ["nodejs26.x"] = E(null, null),
        ["python3.15"] = E(null, null, snapStart: true),
        ["java8.al2023"] = E(null, null),
        ["java11.al2023"] = E(null, null, snapStart: true),
        ["java17.al2023"] = E(null, null, snapStart: true),
    };

    /// <summary>Every value of the model's Runtime enum.</summary>
    public static IEnumerable<string> ModelEnum => Table.Keys;

    /// <summary>The runtimes the service lists in its enum error: the ones that can still be created.</summary>
    public static IReadOnlyList<string> Creatable { get; } =
        Table.Where(kv => !Blocked(kv.Value.CreateBlock)).Select(kv => kv.Key).ToArray();

    public static bool IsKnown(string runtime) => Table.ContainsKey(runtime);

    public static bool CreateBlocked(string runtime) => Table.TryGetValue(runtime, out var e) && Blocked(e.CreateBlock);

    public static bool UpdateBlocked(string runtime) => Table.TryGetValue(runtime, out var e) && Blocked(e.UpdateBlock);

    public static bool SupportsSnapStart(string runtime) => Table.TryGetValue(runtime, out var e) && e.SnapStart;

    private static bool Blocked(DateOnly? block) => block is { } d && d <= Today;

    private static Entry E(string? createBlock, string? updateBlock, bool snapStart = false) =>
        new(createBlock is null ? null : DateOnly.Parse(createBlock, System.Globalization.CultureInfo.InvariantCulture),
            updateBlock is null ? null : DateOnly.Parse(updateBlock, System.Globalization.CultureInfo.InvariantCulture),
            snapStart);
}
