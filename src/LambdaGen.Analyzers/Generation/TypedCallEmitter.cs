using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Writes <c>CreateFunctionRequest(code)</c> and <c>CreateFunctionAsync(lambda, code)</c> against the AWSSDK.Lambda v4
/// surface by walking the field table's SDK paths: nullable value types, collections that start null, ConstantClass
/// values built with <c>FindValue</c> (an older SDK may lack a static member), fully qualified names (the
/// <c>Environment</c> and <c>Runtime</c> names clash with System and Amazon.Runtime), and only the members the referenced
/// SDK has (<paramref name="missing"/>; the analyzer warns about each declared setting left out).
/// </summary>
internal static class TypedCallEmitter
{
    private const string Model = "global::Amazon.Lambda.Model.";
    private const string Enums = "global::Amazon.Lambda.";
    private const string StringList = "global::System.Collections.Generic.List<string>";
    private const string StringMap = "global::System.Collections.Generic.Dictionary<string, string>";

    public static void Write(SourceWriter w, FunctionSpec spec, EquatableArray<string> missing)
    {
        w.Line();
        w.Line("/// <summary>A CreateFunction request with every configured setting filled in.</summary>");
        w.Open($"public static {Model}CreateFunctionRequest CreateFunctionRequest({Model}FunctionCode code)");
        w.Open($"return new {Model}CreateFunctionRequest");
        w.Line("FunctionName = FunctionName,");
        w.Line("Code = code,");
        var rows = FieldTable.CreateFunction
            .Where(field => field != FieldTable.FunctionName && ManifestWriter.IsWritten(spec, field) && !missing.Contains(field.Name))
            .ToList();
        WriteLevel(w, spec, rows, depth: 0);
        w.Close(";");
        w.Close();

        w.Line();
        w.Line("/// <summary>Creates the function with <paramref name=\"lambda\"/>, using <see cref=\"CreateFunctionRequest\"/>.</summary>");
        w.Line($"public static global::System.Threading.Tasks.Task<{Model}CreateFunctionResponse> CreateFunctionAsync(global::Amazon.Lambda.IAmazonLambda lambda, {Model}FunctionCode code, global::System.Threading.CancellationToken cancellationToken = default)");
        w.Line("    => lambda.CreateFunctionAsync(CreateFunctionRequest(code), cancellationToken);");
    }

    /// <summary>One object initializer level: a leaf is a property assignment, rows sharing the next SDK path segment become
    /// <c>Segment = new Model.Segment { … }</c> (every intermediate segment names its own model type).</summary>
    private static void WriteLevel(SourceWriter w, FunctionSpec spec, IReadOnlyList<Field> rows, int depth)
    {
        for (int i = 0; i < rows.Count;)
        {
            var path = rows[i].SdkPath.Split('.');
            if (path.Length == depth + 1)
            {
                w.Line($"{path[depth]} = {Value(spec, rows[i])},");
                i++;
                continue;
            }
            int end = i;
            while (end < rows.Count && rows[end].SdkPath.Split('.') is { } other && other.Length > depth + 1 && other[depth] == path[depth])
                end++;
            var children = rows.Skip(i).Take(end - i).ToList();
            if (IsSingleMemberObject(path[depth], depth))
            {
                var leaf = children[0].SdkPath.Split('.')[depth + 1];
                w.Line($"{path[depth]} = new {Model}{path[depth]} {{ {leaf} = {Value(spec, children[0])} }},");
            }
            else
            {
                w.Open($"{path[depth]} = new {Model}{path[depth]}");
                WriteLevel(w, spec, children, depth + 1);
                w.Close(",");
            }
            i = end;
        }
    }

    /// <summary>An object the table gives one member (<c>EphemeralStorage.Size</c>) is written on one line.</summary>
    private static bool IsSingleMemberObject(string segment, int depth) =>
        FieldTable.CreateFunction.Count(field => field.SdkPath.Split('.') is { } p && p.Length > depth + 1 && p[depth] == segment) == 1;

    private static string Value(FunctionSpec spec, Field field)
    {
        switch (spec.Settings[field])
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
