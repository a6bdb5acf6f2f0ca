using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Writes, for each operation the handler declares (<see cref="OperationInstance.Declared"/>), a request builder and an
/// async call against the AWSSDK.Lambda v4 surface: <c>CreateFunctionRequest(code)</c>/<c>CreateFunctionAsync(lambda, code)</c>,
/// <c>PutFunctionConcurrencyRequest()</c>, <c>CreateFunctionUrlConfigRequest()</c>, <c>PutFunctionEventInvokeConfigRequest()</c>
/// (each with its <c>…Async(lambda)</c>), and per alias, in <c>Aliases.&lt;Alias&gt;</c>,
/// <c>CreateAliasRequest(functionVersion)</c> and <c>PutProvisionedConcurrencyConfigRequest()</c>. Every request is built by
/// the same walk of its operation's rows (<see cref="FieldTable.Of"/>) and their SDK paths: nullable value types,
/// collections that start null, ConstantClass values built with <c>FindValue</c> (an older SDK may lack a static member),
/// fully qualified names (the <c>Environment</c> and <c>Runtime</c> names clash with System and Amazon.Runtime), and only
/// what the referenced SDK has (<see cref="SdkSurface"/>: no builder for a missing request type, missing members left
/// out; the analyzer warns about each declared setting left out).
/// </summary>
internal static class TypedCallEmitter
{
    private const string Model = "global::Amazon.Lambda.Model.";
    private const string Enums = "global::Amazon.Lambda.";
    private const string Client = "global::Amazon.Lambda.IAmazonLambda";
    private const string Token = "global::System.Threading.CancellationToken";
    private const string StringList = "global::System.Collections.Generic.List<string>";
    private const string StringMap = "global::System.Collections.Generic.Dictionary<string, string>";

    /// <summary>The class that holds one nested class per alias.</summary>
    public const string AliasesClass = "Aliases";

    /// <summary>What an alias class declares, and what it inherits from object: no alias class may be named so (CS0542,
    /// CS0108), nor <see cref="AliasesClass"/> (its container).</summary>
    private static readonly HashSet<string> ReservedAliasClassNames = new(StringComparer.OrdinalIgnoreCase)
    {
        AliasesClass, "AliasName", "CreateAliasRequest", "CreateAliasAsync", "PutProvisionedConcurrencyConfigRequest", "PutProvisionedConcurrencyConfigAsync",
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static void Write(SourceWriter w, FunctionSpec spec, SdkSurface sdk)
    {
        var declared = OperationInstance.Declared(spec).ToList();
        foreach (var operation in declared)
        {
            if (!operation.Operation.Repeatable && !sdk.Lacks(operation.Operation))
            {
                WriteOperation(w, spec, operation, sdk, functionName: "FunctionName");
            }
        }

        EventSourceCallEmitter.Write(w, spec, declared, sdk);
        var aliases = declared.Where(o => o.Operation.PerAlias && !sdk.Lacks(o.Operation)).GroupBy(o => o.Position).ToList();
        if (aliases.Count == 0)
        {
            return;
        }

        var names = AliasClassNames(aliases.Select(g => g.First().Alias).ToList());
        w.Line();
        w.Line("/// <summary>The function's aliases (<c>[LambdaAlias]</c>), one class each, named after the alias in PascalCase.</summary>");
        w.Open("public static partial class " + AliasesClass);
        for (int i = 0; i < aliases.Count; i++)
        {
            var alias = aliases[i].First().Alias ?? "";
            if (i > 0)
            {
                w.Line();
            }

            w.Line($"/// <summary>Alias <c>{Emitter.Xml(alias)}</c>.</summary>");
            w.Open("public static partial class " + names[i]);
            w.Line("/// <summary>The alias name.</summary>");
            w.Line($"public const string AliasName = {Emitter.Literal(alias)};");
            // A nested class may be named like the function class's constants (FunctionName): the literal binds to nothing.
            foreach (var operation in aliases[i])
            {
                WriteOperation(w, spec, operation, sdk, functionName: Emitter.Literal(spec.FunctionName?.Value ?? ""));
            }

            w.Close();
        }
        w.Close();
    }

    /// <summary>Each alias's class name: ASCII letters and digits in PascalCase (<c>blue-green</c> → <c>BlueGreen</c>),
    /// <c>Alias</c> in front of one that would start with a digit or be empty, clear of <see cref="ReservedAliasClassNames"/>,
    /// and made unique ignoring case in declaration order with a number (<c>Live</c>, <c>Live2</c>).</summary>
    internal static string[] AliasClassNames(IReadOnlyList<string?> aliases, string word = "Alias")
    {
        var used = new HashSet<string>(ReservedAliasClassNames, StringComparer.OrdinalIgnoreCase);
        if (word != "Alias")
        {
            used.UnionWith(ReservedSourceClassNames);
        }

        var names = new string[aliases.Count];
        for (int i = 0; i < aliases.Count; i++)
        {
            var baseName = Pascal(aliases[i] ?? "", word);
            if (ReservedAliasClassNames.Contains(baseName) || word != "Alias" && ReservedSourceClassNames.Contains(baseName, StringComparer.OrdinalIgnoreCase))
            {
                baseName += word;
            }

            var name = baseName;
            for (int suffix = 2; !used.Add(name); suffix++)
            {
                name = baseName + suffix.ToString(CultureInfo.InvariantCulture);
            }

            names[i] = name;
        }
        return names;
    }

    private static string Pascal(string alias, string word)
    {
        var words = LambdaGen.Core.Naming.PascalCase.Words(alias);
        return words.Length == 0 || char.IsDigit(words[0]) ? word + words : words;
    }

    /// <summary>What an event source's class declares (and its container): no source class may be named so.</summary>
    private static readonly string[] ReservedSourceClassNames =
        { EventSourceCallEmitter.EventSourcesClass, "EventSourceArn", "CreateEventSourceMappingRequest", "CreateEventSourceMappingAsync" };

    /// <summary>The builder and the async call of one operation: the request's FunctionName (and for a per-alias operation
    /// the alias as Qualifier, or CreateAlias's FunctionVersion parameter), then the walk of the operation's set rows.</summary>
    internal static void WriteOperation(SourceWriter w, FunctionSpec spec, OperationInstance operation, SdkSurface sdk, string functionName)
    {
        var op = operation.Operation;
        var isCreateFunction = op == Operations.CreateFunction;
        var isCreateAlias = op == Operations.CreateAlias;
        var parameter = isCreateFunction ? $"{Model}FunctionCode code" : isCreateAlias ? "string functionVersion" : "";
        var argument = isCreateFunction ? "code" : isCreateAlias ? "functionVersion" : "";

        w.Line();
        w.Line($"/// <summary>{Summary(op)}</summary>");
        w.Open($"public static {Model}{op.Name}Request {op.Name}Request({parameter})");
        w.Open($"return new {Model}{op.Name}Request");
        w.Line($"FunctionName = {functionName},");
        if (isCreateFunction)
        {
            w.Line("Code = code,");
        }
        else if (isCreateAlias)
        {
            w.Line("FunctionVersion = functionVersion,");
        }
        else if (op.PerAlias)
        {
            w.Line($"Qualifier = {Emitter.Literal(operation.Alias ?? "")},");
        }

        var rows = FieldTable.Of(op)
            .Where(field => field != FieldTable.FunctionName && IsWritten(spec, operation, field) && !sdk.Lacks(field))
            .ToList();
        WriteLevel(w, spec, operation.Settings, rows, FieldTable.Of(op), depth: 0);
        w.Close(";");
        w.Close();

        w.Line();
        var verb = isCreateFunction ? "Creates the function" : "Sends " + op.Name;
        w.Line($"/// <summary>{verb} with <paramref name=\"lambda\"/>, using <see cref=\"{op.Name}Request\"/>.</summary>");
        var parameters = parameter.Length > 0 ? ", " + parameter : "";
        w.Line($"public static global::System.Threading.Tasks.Task<{Model}{op.Name}Response> {op.Name}Async({Client} lambda{parameters}, {Token} cancellationToken = default)");
        w.Line($"    => lambda.{op.Name}Async({op.Name}Request({argument}), cancellationToken);");
    }

    private static string Summary(Operation op) =>
        op == Operations.CreateFunction ? "A CreateFunction request with every configured setting filled in."
        : op == Operations.CreateAlias ? "A CreateAlias request for this alias; <paramref name=\"functionVersion\"/> is the version the deploy published."
        : op == Operations.PutProvisionedConcurrencyConfig ? "A PutProvisionedConcurrencyConfig request for this alias (its Qualifier)."
        : op == Operations.PutFunctionConcurrency ? "A PutFunctionConcurrency request with the function's ReservedConcurrentExecutions."
        : $"A {op.Name} request with every setting of <c>{Emitter.Xml(op.AttributeDisplay)}</c> filled in.";

    /// <summary>The manifest carries the row (<see cref="ManifestWriter"/>): CreateFunction's by <see cref="ManifestWriter.IsWritten"/>,
    /// another operation's when its settings hold a value (a string: not null).</summary>
    private static bool IsWritten(FunctionSpec spec, OperationInstance operation, Field field) =>
        operation.Operation == Operations.CreateFunction
            ? ManifestWriter.IsWritten(spec, field)
            : operation.Settings[field] is { } value && value is not Setting<string> { Value: null };

    /// <summary>One object initializer level: a leaf is a property assignment, rows sharing the next SDK path segment become
    /// <c>Segment = new Model.Segment { … }</c> (every intermediate segment names its own model type).</summary>
    private static void WriteLevel(SourceWriter w, FunctionSpec spec, SettingTable settings, IReadOnlyList<Field> rows, IReadOnlyList<Field> table, int depth)
    {
        for (int i = 0; i < rows.Count;)
        {
            var path = rows[i].SdkPath.Split('.');
            if (path.Length == depth + 1)
            {
                w.Line($"{path[depth]} = {Value(spec, settings, rows[i])},");
                i++;
                continue;
            }
            int end = i;
            while (end < rows.Count && rows[end].SdkPath.Split('.') is { } other && other.Length > depth + 1 && SamePrefix(other, path, depth + 1))
            {
                end++;
            }

            var children = rows.Skip(i).Take(end - i).ToList();
            // One line only when the member is a leaf of this object (DestinationConfig.OnFailure.Destination is two levels down).
            if (IsSingleMemberObject(table, path, depth) && path.Length == depth + 2)
            {
                var leaf = children[0].SdkPath.Split('.')[depth + 1];
                w.Line($"{path[depth]} = new {Model}{children[0].SdkTypeAt(depth)} {{ {leaf} = {Value(spec, settings, children[0])} }},");
            }
            else
            {
                w.Open($"{path[depth]} = new {Model}{children[0].SdkTypeAt(depth)}");
                WriteLevel(w, spec, settings, children, table, depth + 1);
                w.Close(",");
            }
            i = end;
        }
    }

    private static bool SamePrefix(string[] a, string[] b, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An object the operation's table gives one member (<c>EphemeralStorage.Size</c>, <c>OnSuccess.Destination</c>)
    /// is written on one line.</summary>
    private static bool IsSingleMemberObject(IReadOnlyList<Field> table, string[] path, int depth) =>
        table.Count(field => field.SdkPath.Split('.') is { } p && p.Length > depth + 1 && SamePrefix(p, path, depth + 1)) == 1;

    private static string Value(FunctionSpec spec, SettingTable settings, Field field)
    {
        if (EventSourceCallEmitter.Value(settings, field) is { } special)
        {
            return special;
        }

        switch (settings[field])
        {
            case Setting<string> s:
                var literal = Emitter.Literal(s.Value ?? "");
                return field.SdkConstantClass is { } type ? $"{Enums}{type}.FindValue({literal})" : literal;
            case Setting<int> n:
                return n.Value.ToString(CultureInfo.InvariantCulture);
            case Setting<double> d:
                return Double(d.Value);
            case Setting<bool> b:
                return b.Value ? "true" : "false";
            case Setting<EquatableArray<string?>> list:
                return $"new {StringList} {{ {string.Join(", ", Emitter.Items(list.Value))} }}";
        }
        if (field.Kind == FieldKind.FileSystemList)
        {
            var items = spec.FileSystems.Select(fs =>
                $"new {Model}FileSystemConfig {{ Arn = {Emitter.Literal(fs.Arn ?? "")}, LocalMountPath = {Emitter.Literal(fs.LocalMountPath ?? "")} }}");
            return $"new global::System.Collections.Generic.List<{Model}FileSystemConfig> {{ {string.Join(", ", items)} }}";
        }
        var pairs = ManifestWriter.Collection(spec, field);
        return $"new {StringMap} {{ {string.Join(", ", pairs.Select(p => $"[{Emitter.Literal(p.Key)}] = {Emitter.Literal(p.Value)}"))} }}";
    }

    private static string Double(double value) =>
        double.IsNaN(value) ? "global::System.Double.NaN"
        : double.IsPositiveInfinity(value) ? "global::System.Double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "global::System.Double.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";
}
