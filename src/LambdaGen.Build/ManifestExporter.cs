using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Naming;
using LambdaGen.Core.Rules;

namespace LambdaGen.Build;

/// <summary>One handler found in the assembly.</summary>
internal sealed record ExportedFunction(string FunctionName, string PlainName, string ManifestFile, string Manifest, string? Handler, string PackageType,
    string? Severities = null)
{
    /// <summary>The other operations the handler declares, in the deploy's order (<see cref="Operations.All"/>), then by alias (ordinal).</summary>
    public IReadOnlyList<ExportedOperation> Operations { get; init; } = Array.Empty<ExportedOperation>();
}

/// <summary>One other operation of a function (<c>LambdaGen.Operation:&lt;function&gt;|&lt;operation&gt;[|&lt;alias&gt;]</c>): its manifest file
/// <c>&lt;plain&gt;&lt;ManifestSuffix&gt;[.&lt;alias&gt;].json</c> and content.</summary>
internal sealed record ExportedOperation(string Operation, string? Alias, string ManifestFile, string Manifest)
{
    /// <summary>For CreateEventSourceMapping: the manifest's EventSourceArn ("" for self-managed Kafka), which with the function
    /// identifies the mapping for the deploy.</summary>
    public string? EventSourceArn { get; init; }
}

/// <summary>What <see cref="ManifestExporter.Export"/> did.</summary>
internal sealed class ExportResult
{
    public List<BuildMessage> Messages { get; } = new();
    /// <summary>The handlers found, sorted by function name (ordinal).</summary>
    public List<ExportedFunction> Functions { get; } = new();
    /// <summary>The project settings the generator recorded (TargetFramework, RuntimeIdentifier, LambdaMaxMemorySize), sorted by name.</summary>
    public SortedDictionary<string, string> Project { get; } = new(StringComparer.Ordinal);
    /// <summary>Full paths of every file LambdaGen owns in the output folder after the run (written or unchanged), index last.</summary>
    public List<string> Files { get; } = new();
    public List<string> Written { get; } = new();
    public List<string> Unchanged { get; } = new();
    public List<string> Deleted { get; } = new();

    public bool Success => !Messages.Any(m => m.Kind == BuildMessageKind.Error);
    public IEnumerable<BuildMessage> Errors => Messages.Where(m => m.Kind == BuildMessageKind.Error);
}

/// <summary>
/// The core of the <c>WriteLambdaManifests</c> task, free of MSBuild types so it can be tested and benchmarked directly.
/// Reads the generator's <c>LambdaGen.*</c> AssemblyMetadata entries from a compiled assembly and writes
/// <c>&lt;plain name&gt;.json</c> per handler plus the <c>functions.json</c> index into the output folder:
/// files are written only when their content changes, manifests of removed handlers are deleted (only
/// those the previous functions.json lists, never other files), and nothing is written when anything is wrong.
/// Never throws: every problem becomes an error message that names the assembly and what is wrong.
/// </summary>
internal static class ManifestExporter
{
    public const string KeyPrefix = "LambdaGen.";
    /// <summary>A function's entry: its value names the class (metadata name) whose <see cref="ManifestJsonConstant"/> is the manifest.</summary>
    public const string ManifestClassKeyPrefix = "LambdaGen.ManifestClass:";
    public const string ManifestJsonConstant = "ManifestJson";
    public const string SeverityKeyPrefix = "LambdaGen.Severity:";
    public const string ProjectKeyPrefix = "LambdaGen.Project:";
    public const string OperationKeyPrefix = OperationKey.Prefix;
    public const string IndexFileName = "functions.json";
    public const string DefaultPackageType = "Zip";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <param name="assemblyPath">The compiled assembly (@(IntermediateAssembly)).</param>
    /// <param name="outputDirectory">Where the manifests go ($(OutDir)lambda/).</param>
    /// <param name="fileListPath">Optional: a text file that receives the full paths in <see cref="ExportResult.Files"/>, one per line
    /// (the targets read it to keep the files in FileWrites when the target is skipped as up to date).</param>
    /// <param name="templates">Which templates to write beside the manifests (<see cref="Templates.TemplateExporter"/>); none when null.</param>
    public static ExportResult Export(string assemblyPath, string outputDirectory, string? fileListPath = null, Templates.TemplateOptions? templates = null)
    {
        var result = new ExportResult();
        try
        {
            ExportCore(assemblyPath, outputDirectory, fileListPath, templates ?? Templates.TemplateOptions.None, result);
        }
        catch (Exception ex)
        {
            result.Messages.Add(new BuildMessage(BuildMessageKind.Error, BuildCodes.Unexpected, NullIfEmpty(assemblyPath),
                $"LambdaGen could not write the Lambda manifests of '{assemblyPath}' to '{outputDirectory}': unexpected {ex.GetType().Name}: {ex.Message}"));
        }
        return result;
    }

    private static void ExportCore(string assemblyPath, string outputDirectory, string? fileListPath, Templates.TemplateOptions templates, ExportResult result)
    {
        if (string.IsNullOrWhiteSpace(assemblyPath))
        {
            result.Messages.Add(Error(BuildCodes.AssemblyUnreadable, null, "LambdaGen was given no assembly to read the Lambda manifests from (AssemblyPath is empty)."));
            return;
        }
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            result.Messages.Add(Error(BuildCodes.OutputFailed, assemblyPath, $"LambdaGen was given no output folder for the Lambda manifests of '{assemblyPath}' (OutputDirectory is empty)."));
            return;
        }

        assemblyPath = Path.GetFullPath(assemblyPath);
        outputDirectory = Path.GetFullPath(outputDirectory);

        AssemblyFacts facts;
        try
        {
            facts = AssemblyMetadataReader.Read(assemblyPath, KeyPrefix, ManifestJsonConstant);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or System.Security.SecurityException)
        {
            string reason = ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message;
            result.Messages.Add(Error(BuildCodes.AssemblyUnreadable, assemblyPath, $"Cannot read the Lambda manifests from '{assemblyPath}': {reason}."));
            return;
        }

        if (!Collect(assemblyPath, facts.Entries, facts.StringConstants, result))
        {
            return;
        }

        var index = Path.Combine(outputDirectory, IndexFileName);
        var previous = ReadPreviousIndex(index, result);

        if (result.Functions.Count == 0)
        {
            // No handlers (any more): remove what an earlier build wrote, write nothing.
            if (previous is not null)
            {
                foreach (var file in previous)
                {
                    Delete(Path.Combine(outputDirectory, file), assemblyPath, result);
                }

                Delete(index, assemblyPath, result);
                Templates.TemplateExporter.Export(assemblyPath, outputDirectory, templates, result);
                TryRemoveEmptyDirectory(outputDirectory);
            }
            WriteFileList(fileListPath, result, assemblyPath);
            return;
        }

        try
        {
            Directory.CreateDirectory(outputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            result.Messages.Add(Error(BuildCodes.OutputFailed, assemblyPath, $"Cannot create the manifest folder '{outputDirectory}' for '{assemblyPath}': {ex.Message}"));
            return;
        }

        foreach (var function in result.Functions)
        {
            WriteIfChanged(Path.Combine(outputDirectory, function.ManifestFile), function.Manifest, assemblyPath, result);
            foreach (var operation in function.Operations)
            {
                WriteIfChanged(Path.Combine(outputDirectory, operation.ManifestFile), operation.Manifest, assemblyPath, result);
            }
        }
        WriteIfChanged(index, BuildIndex(result.Functions, result.Project), assemblyPath, result);
        Templates.TemplateExporter.Export(assemblyPath, outputDirectory, templates, result);

        if (previous is not null)
        {
            var current = new HashSet<string>(result.Functions.SelectMany(f => new[] { f.ManifestFile }.Concat(f.Operations.Select(o => o.ManifestFile))),
                StringComparer.OrdinalIgnoreCase);
            foreach (var file in previous)
            {
                if (!current.Contains(file))
                {
                    Delete(Path.Combine(outputDirectory, file), assemblyPath, result);
                }
            }
        }

        if (result.Success)
        {
            WriteFileList(fileListPath, result, assemblyPath);
        }
    }

    /// <summary>Groups the entries into functions, each function's manifest taken from the class its entry names (each class's
    /// ManifestJson constant, by metadata name, in <paramref name="manifestsByClass"/>); reports every problem found (not just the first).</summary>
    private static bool Collect(string assemblyPath, List<KeyValuePair<string, string?>> entries, IReadOnlyDictionary<string, string> manifestsByClass, ExportResult result)
    {
        var manifests = new Dictionary<string, string?>(StringComparer.Ordinal);
        var severities = new Dictionary<string, string?>(StringComparer.Ordinal);
        var operations = new List<KeyValuePair<string, string?>>();
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool ok = true;

        foreach (var raw in entries)
        {
            var entry = raw;
            Dictionary<string, string?> target;
            string prefix;
            if (entry.Key.StartsWith(ManifestClassKeyPrefix, StringComparison.Ordinal))
            {
                (target, prefix) = (manifests, ManifestClassKeyPrefix);
            }
            else if (entry.Key.StartsWith(SeverityKeyPrefix, StringComparison.Ordinal))
            {
                (target, prefix) = (severities, SeverityKeyPrefix);
            }
            else if (entry.Key.StartsWith(OperationKeyPrefix, StringComparison.Ordinal))
            {
                operations.Add(entry);
                continue;
            }
            else if (entry.Key.StartsWith(ProjectKeyPrefix, StringComparison.Ordinal))
            {
                // One value per project setting; an empty one means "not set".
                var key = entry.Key.Substring(ProjectKeyPrefix.Length);
                if (key.Length > 0 && !string.IsNullOrEmpty(entry.Value))
                {
                    result.Project[key] = entry.Value!;
                }

                continue;
            }
            else
            {
                continue; // Another LambdaGen.* key (a later version's): not ours to judge.
            }

            var name = entry.Key.Substring(prefix.Length);
            if (name.Length == 0)
            {
                result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath, $"'{assemblyPath}' has an AssemblyMetadata entry '{entry.Key}' without a function name."));
                ok = false;
                continue;
            }
            if (target == manifests)
            {
                // The entry names the class; its ManifestJson constant is the manifest, compared and checked from here on.
                if (entry.Value is not { } manifestClass || !manifestsByClass.TryGetValue(manifestClass, out var manifest))
                {
                    result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath,
                        $"'{assemblyPath}': the entry '{entry.Key}' names the class '{entry.Value}' for its manifest, which has no string constant {ManifestJsonConstant}; the assembly was not built by a matching LambdaGen generator."));
                    ok = false;
                    continue;
                }
                entry = new KeyValuePair<string, string?>(entry.Key, manifest);
            }
            if (target.TryGetValue(name, out var existing))
            {
                if (!string.Equals(existing, entry.Value, StringComparison.Ordinal))
                {
                    result.Messages.Add(Error(BuildCodes.DuplicateFunction, assemblyPath,
                        $"'{assemblyPath}' has two handlers with the function name '{name}' (two different '{entry.Key}' entries); each function needs its own name (LG0002)."));
                    ok = false;
                }
                continue;
            }
            target[name] = entry.Value;
            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        var functions = new List<ExportedFunction>();
        foreach (var name in names)
        {
            if (!manifests.TryGetValue(name, out var manifest) || manifest is null || manifest.Trim().Length == 0)
            {
                result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath,
                    manifests.ContainsKey(name)
                        ? $"'{assemblyPath}': the manifest of function '{name}' ('{ManifestClassKeyPrefix}{name}') is empty."
                        : $"'{assemblyPath}' has entries for function '{name}' but no '{ManifestClassKeyPrefix}{name}' entry with its manifest; the assembly was not built by a matching LambdaGen generator."));
                ok = false;
                continue;
            }

            if (CheckManifest(assemblyPath, name, manifest, result) is not { } body)
            {
                ok = false;
                continue;
            }

            var plain = SafePlainName(name);
            if (!IsUsableFileName(plain))
            {
                result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath,
                    $"'{assemblyPath}': function name '{name}' gives the manifest file name '{plain}.json', which is not a usable file name; a function name is letters, digits, hyphens and underscores (LG0001)."));
                ok = false;
                continue;
            }
            if (string.Equals(plain + ".json", IndexFileName, StringComparison.OrdinalIgnoreCase))
            {
                result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath,
                    $"'{assemblyPath}': function '{name}' would write its manifest to '{IndexFileName}', the index of all functions in the same folder; rename the function (FunctionName or LambdaFunctionNamePrefix)."));
                ok = false;
                continue;
            }

            // The handler and package type are the manifest's own fields (a container image has no Handler).
            var handler = body.TryGetValue("Handler", out var h) ? h as string : null;
            var packageType = body.TryGetValue("PackageType", out var p) ? p as string : null;
            severities.TryGetValue(name, out var severity);
            functions.Add(new ExportedFunction(name, plain, plain + ".json", manifest, NullIfEmpty(handler), NullIfEmpty(packageType) ?? DefaultPackageType, NullIfEmpty(severity)));
        }

        // Two functions, one manifest file: the analyzer reports LG0002 in the source; this is the backstop
        // (the diagnostic suppressed, or names that only collide as files, ignoring case).
        foreach (var group in functions.GroupBy(f => f.ManifestFile, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.OrderBy(f => f.FunctionName, StringComparer.Ordinal).ToList();
            if (members.Count < 2)
            {
                continue;
            }

            var list = string.Join(" and ", members.Select(f => "'" + f.FunctionName + "'" + (f.Handler is null ? "" : " (handler " + f.Handler + ")")));
            result.Messages.Add(Error(BuildCodes.DuplicateFunction, assemblyPath,
                $"'{assemblyPath}' has {members.Count.ToString(CultureInfo.InvariantCulture)} handlers whose function names are the same plain name '{members[0].PlainName}' (ignoring case): {list}. " +
                $"Each would write {members[0].ManifestFile}; give each handler its own FunctionName (LG0002)."));
            ok = false;
        }

        if (!CollectOperations(assemblyPath, operations, functions, manifests, result))
        {
            ok = false;
        }

        // Backstop: no operation file shares a name with another file (ignoring case); two CreateFunction manifests are reported above.
        foreach (var group in functions.SelectMany(f => f.Operations.Select(o => (File: o.ManifestFile, Owner: $"{o.Operation} of '{f.FunctionName}'")))
                     .Concat(functions.Select(f => (File: f.ManifestFile, Owner: $"CreateFunction of '{f.FunctionName}'")))
                     .GroupBy(x => x.File, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1 && g.Any(x => !x.Owner.StartsWith("CreateFunction ", StringComparison.Ordinal))))
        {
            result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath,
                $"'{assemblyPath}': {string.Join(" and ", group.Select(x => x.Owner).OrderBy(x => x, StringComparer.Ordinal))} would write the same file '{group.Key}'; rename a function."));
            ok = false;
        }

        if (!ok)
        {
            return false;
        }

        result.Functions.AddRange(functions.OrderBy(f => f.FunctionName, StringComparer.Ordinal));
        return true;
    }

    /// <summary>
    /// Attaches each <c>LambdaGen.Operation:&lt;function&gt;|&lt;operation&gt;[|&lt;alias&gt;]</c> entry to its function (replacing the
    /// function in <paramref name="functions"/> with one that carries its operations). Every problem is an error naming the
    /// assembly and the entry.
    /// </summary>
    private static bool CollectOperations(string assemblyPath, List<KeyValuePair<string, string?>> entries, List<ExportedFunction> functions,
        Dictionary<string, string?> manifests, ExportResult result)
    {
        bool ok = true;
        var byFunction = new Dictionary<string, List<(Operation Operation, string? Alias, string Manifest, string? EventSourceArn)>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            void Fail(string why)
            {
                result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath, $"'{assemblyPath}': the AssemblyMetadata entry '{entry.Key}' {why}"));
                ok = false;
            }

            if (seen.TryGetValue(entry.Key, out var earlier))
            {
                if (!string.Equals(earlier, entry.Value, StringComparison.Ordinal))
                {
                    Fail("appears twice with different manifests; two handlers declare the same function name (LG0002).");
                }

                continue;
            }
            seen[entry.Key] = entry.Value;

            if (!OperationKey.TryParse(entry.Key.Substring(OperationKeyPrefix.Length), out var key))
            {
                Fail("is not of the form 'LambdaGen.Operation:<FunctionName>|<OperationName>[|<alias>]'; the assembly was not built by a matching LambdaGen generator.");
                continue;
            }
            var (name, operationName, alias) = (key.FunctionName, key.Operation, key.Instance);
            var operation = Operations.All.FirstOrDefault(o => o.Name == operationName && o != Operations.CreateFunction);
            if (operation is null)
            {
                Fail($"names the operation '{operationName}', which this LambdaGen build task does not know ({string.Join(", ", Operations.All.Skip(1).Select(o => o.Name))}); use a LambdaGen.Build that matches the generator.");
                continue;
            }
            if (operation.Repeatable != (alias is not null))
            {
                Fail(operation.PerSource ? $"has no source name; {operationName} is written once per [LambdaEventSource] ('…|{operationName}|<source>')."
                    : operation.PerAlias ? $"has no alias; {operationName} is written once per [LambdaAlias] ('…|{operationName}|<alias>')." : $"names an alias, but {operationName} is not per alias.");
                continue;
            }
            if (!manifests.ContainsKey(name))
            {
                Fail($"is for function '{name}', which has no '{ManifestClassKeyPrefix}{name}' entry; the assembly was not built by a matching LambdaGen generator.");
                continue;
            }
            if (entry.Value is null || entry.Value.Trim().Length == 0)
            {
                Fail("has an empty manifest.");
                continue;
            }
            Dictionary<string, object?>? body;
            try
            {
                body = MiniJson.Parse(entry.Value) as Dictionary<string, object?>;
            }
            catch (InvalidDataException ex)
            {
                Fail($"is not valid JSON: {ex.Message}.");
                continue;
            }
            if (body is null)
            {
                Fail("is not a JSON object.");
                continue;
            }
            if (!body.TryGetValue("FunctionName", out var inner) || inner is not string innerName || !string.Equals(innerName, name, StringComparison.Ordinal))
            {
                Fail($"holds a manifest whose FunctionName is not '{name}'; the assembly was not built by a matching LambdaGen generator.");
                continue;
            }
            // The alias is in the body too: CreateAlias's Name, the others' Qualifier.
            var aliasMember = operation == Operations.CreateAlias ? "Name" : "Qualifier";
            if (alias is not null && operation.PerAlias && (!body.TryGetValue(aliasMember, out var named) || named is not string namedAlias || !string.Equals(namedAlias, alias, StringComparison.Ordinal)))
            {
                Fail($"is for alias '{alias}' but its manifest's {aliasMember} is not '{alias}'; the assembly was not built by a matching LambdaGen generator.");
                continue;
            }
            if (!byFunction.TryGetValue(name, out var list))
            {
                byFunction[name] = list = new();
            }

            list.Add((operation, alias, entry.Value, operation.PerSource ? body.TryGetValue("EventSourceArn", out var arn) && arn is string text ? text : "" : null));
        }

        for (int i = 0; i < functions.Count; i++)
        {
            if (!byFunction.TryGetValue(functions[i].FunctionName, out var list))
            {
                continue;
            }

            var function = functions[i];
            var aliases = list.Where(o => o.Alias is not null && !o.Operation.PerSource).Select(o => o.Alias!).Distinct(StringComparer.Ordinal).ToList();
            var sources = list.Where(o => o.Alias is not null && o.Operation.PerSource).Select(o => o.Alias!).Distinct(StringComparer.Ordinal).ToList();
            var exported = list
                .OrderBy(o => IndexOf(o.Operation))
                .ThenBy(o => o.Alias, StringComparer.Ordinal)
                .Select(o => new ExportedOperation(o.Operation.Name, o.Operation.PerSource ? null : o.Alias,
                    function.PlainName + o.Operation.ManifestSuffix + (o.Alias is null ? "" : "." + AliasFilePart(o.Alias, o.Operation.PerSource ? sources : aliases)) + ".json", o.Manifest)
                { EventSourceArn = o.EventSourceArn })
                .ToList();
            functions[i] = function with { Operations = exported };
        }
        return ok;
    }

    private static int IndexOf(Operation operation)
    {
        for (int i = 0; i < Operations.All.Count; i++)
        {
            if (Operations.All[i] == operation)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// The alias as a file name part: itself when it is letters, digits, '-' and '_' (what CreateAlias's Name pattern allows) and no
    /// other alias of the function is the same ignoring case; otherwise every other character becomes '_' and
    /// '-' + 8 hex digits of the alias's FNV-1a hash are appended, so two aliases never share a file, even on a file system that ignores case.
    /// </summary>
    internal static string AliasFilePart(string alias, IReadOnlyCollection<string> aliasesOfFunction)
    {
        var safe = new StringBuilder(alias.Length);
        foreach (var c in alias)
        {
            safe.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' ? c : '_');
        }

        var text = safe.ToString();
        bool clash = aliasesOfFunction.Count(a => string.Equals(a, alias, StringComparison.OrdinalIgnoreCase)) > 1;
        if (text == alias && !clash && text.Length <= 100)
        {
            return text;
        }

        uint hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(alias))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return (text.Length > 100 ? text.Substring(0, 100) : text) + "-" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>The manifest must be a JSON object; when it names its function, the name must be the entry's. The parsed
    /// object, or null when the manifest is refused (the message added).</summary>
    private static Dictionary<string, object?>? CheckManifest(string assemblyPath, string name, string manifest, ExportResult result)
    {
        object? parsed;
        try
        {
            parsed = MiniJson.Parse(manifest);
        }
        catch (InvalidDataException ex)
        {
            result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath, $"'{assemblyPath}': the manifest of function '{name}' is not valid JSON: {ex.Message}."));
            return null;
        }
        if (parsed is not Dictionary<string, object?> body)
        {
            result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath, $"'{assemblyPath}': the manifest of function '{name}' is not a JSON object."));
            return null;
        }
        if (body.TryGetValue("FunctionName", out var inner) && inner is string innerName && !string.Equals(innerName, name, StringComparison.Ordinal))
        {
            result.Messages.Add(Error(BuildCodes.InvalidEntry, assemblyPath,
                $"'{assemblyPath}': the manifest stored under function '{name}' is for function '{innerName}'; the assembly was not built by a matching LambdaGen generator."));
            return null;
        }
        return body;
    }

    private static string SafePlainName(string name)
    {
        try
        {
            return FunctionNames.PlainName(name);
        }
        catch (Exception)
        {
            return name;
        }
    }

    private static bool IsUsableFileName(string plain)
    {
        if (plain.Length == 0 || plain.Length > 200 || plain.Trim('.').Length == 0 || plain.EndsWith(".", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in plain)
        {
            bool allowed = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (!allowed)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The functions.json content, sorted by name:
    /// <c>{"Functions":[{"FunctionName","Manifest","Handler"?,"PackageType","Severities"?:{"LG0005":"warning"},"Operations"?:[{"Operation","Alias"?,"Manifest"}…]}…],"Project"?:{"LambdaMaxMemorySize"?,"RuntimeIdentifier"?,"TargetFramework"?}}</c>.
    /// Severities lists the rules whose effective severity in the build differs from the default; Project the settings
    /// the build checked with. The deploy re-checks every manifest with both.
    /// </summary>
    public static string BuildIndex(IEnumerable<ExportedFunction> functions, IReadOnlyDictionary<string, string>? project = null)
    {
        var w = new JsonWriter(escapeNonAscii: false);
        w.BeginObject().Name("Functions").BeginArray();
        foreach (var f in functions)
        {
            w.BeginObject();
            w.Property("FunctionName", f.FunctionName);
            w.Property("Manifest", f.ManifestFile);
            if (f.Handler is not null)
            {
                w.Property("Handler", f.Handler);
            }

            w.Property("PackageType", f.PackageType);
            var overrides = RuleLevels.ParseList(f.Severities);
            if (overrides.Count > 0)
            {
                w.Name("Severities").BeginObject();
                foreach (var item in overrides.OrderBy(o => o.RuleId, StringComparer.Ordinal))
                {
                    w.Property(item.RuleId, RuleLevels.Name(item.Level));
                }

                w.EndObject();
            }
            if (f.Operations.Count > 0)
            {
                w.Name("Operations").BeginArray();
                foreach (var operation in f.Operations)
                {
                    w.BeginObject().Property("Operation", operation.Operation);
                    if (operation.Alias is not null)
                    {
                        w.Property("Alias", operation.Alias);
                    }

                    if (operation.EventSourceArn is not null)
                    {
                        w.Property("EventSourceArn", operation.EventSourceArn);
                    }

                    w.Property("Manifest", operation.ManifestFile).EndObject();
                }
                w.EndArray();
            }
            w.EndObject();
        }
        w.EndArray();
        if (project is { Count: > 0 })
        {
            w.Name("Project").BeginObject();
            foreach (var pair in project.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.Property(pair.Key, pair.Value);
            }

            w.EndObject();
        }
        w.EndObject();
        return w.ToString();
    }

    /// <summary>
    /// The manifest file names listed by the functions.json an earlier run wrote, or null when there is none or it is
    /// not ours (then nothing is deleted). Only plain "*.json" names in the same folder are returned.
    /// </summary>
    private static List<string>? ReadPreviousIndex(string index, ExportResult result)
    {
        string text;
        try
        {
            if (!File.Exists(index))
            {
                return null;
            }

            text = File.ReadAllText(index, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result.Messages.Add(new BuildMessage(BuildMessageKind.Detail, null, index, $"Could not read the previous '{index}' ({ex.Message}); no stale manifests are removed."));
            return null;
        }

        object? parsed;
        try
        {
            parsed = MiniJson.Parse(text);
        }
        catch (InvalidDataException)
        {
            result.Messages.Add(new BuildMessage(BuildMessageKind.Detail, null, index, $"The previous '{index}' is not LambdaGen's index; no stale manifests are removed."));
            return null;
        }
        if (parsed is not Dictionary<string, object?> root || !root.TryGetValue("Functions", out var list) || list is not List<object?> items)
        {
            return null;
        }

        var files = new List<string>();
        void Add(Dictionary<string, object?> entry)
        {
            if (entry.TryGetValue("Manifest", out var file) && file is string name
                && IsUsableFileName(Path.GetFileNameWithoutExtension(name)) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                && Path.GetFileName(name) == name && !string.Equals(name, IndexFileName, StringComparison.OrdinalIgnoreCase))
            {
                files.Add(name);
            }
        }
        foreach (var item in items)
        {
            if (item is not Dictionary<string, object?> function)
            {
                continue;
            }

            Add(function);
            if (function.TryGetValue("Operations", out var operations) && operations is List<object?> operationList)
            {
                foreach (var operation in operationList)
                {
                    if (operation is Dictionary<string, object?> o)
                    {
                        Add(o);
                    }
                }
            }
        }
        return files;
    }

    internal static void WriteIfChanged(string path, string content, string assemblyPath, ExportResult result)
    {
        var bytes = Utf8NoBom.GetBytes(content);
        try
        {
            if (File.Exists(path) && BytesEqual(File.ReadAllBytes(path), bytes))
            {
                result.Unchanged.Add(path);
                result.Files.Add(path);
                return;
            }
            File.WriteAllBytes(path, bytes);
            result.Written.Add(path);
            result.Files.Add(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            result.Messages.Add(Error(BuildCodes.OutputFailed, assemblyPath, $"Cannot write '{path}' (a Lambda manifest of '{assemblyPath}'): {ex.Message}"));
        }
    }

    private static bool BytesEqual(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static void Delete(string path, string assemblyPath, ExportResult result)
    {
        try
        {
            if (!File.Exists(path))
            {
                return;
            }

            File.Delete(path);
            result.Deleted.Add(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result.Messages.Add(new BuildMessage(BuildMessageKind.Warning, BuildCodes.OutputFailed, assemblyPath,
                $"Cannot delete the stale Lambda manifest '{path}' of '{assemblyPath}': {ex.Message}"));
        }
    }

    private static void TryRemoveEmptyDirectory(string directory)
    {
        try
        {
            if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An empty folder left behind is harmless.
        }
    }

    private static void WriteFileList(string? fileListPath, ExportResult result, string assemblyPath)
    {
        if (string.IsNullOrEmpty(fileListPath))
        {
            return;
        }

        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(fileListPath));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
            // Always rewritten: its timestamp is what tells MSBuild the target is up to date.
            File.WriteAllText(fileListPath, string.Concat(result.Files.Select(f => f + "\n")), Utf8NoBom);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            result.Messages.Add(Error(BuildCodes.OutputFailed, assemblyPath, $"Cannot write '{fileListPath}' (the list of Lambda manifests of '{assemblyPath}'): {ex.Message}"));
        }
    }

    private static BuildMessage Error(string code, string? file, string text) => new(BuildMessageKind.Error, code, file, text);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
