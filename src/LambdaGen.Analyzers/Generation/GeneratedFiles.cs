using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using LambdaGen.Core.Model;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Plans the generated files: assigns every handler its class name, groups handlers by the layout's key and gives
/// each group a hint name. Deterministic: the same handlers give the same files whatever order they arrive in.
/// </summary>
internal static class GeneratedFiles
{
    private const string Prefix = "LambdaFunctions";

    public static EquatableArray<GeneratedFile> Plan(ImmutableArray<HandlerOutput> handlers, OutputLayout layout)
    {
        if (handlers.IsDefaultOrEmpty)
        {
            return EquatableArray<GeneratedFile>.Empty;
        }

        var classNames = ClassNames.Assign(handlers);
        var named = handlers.Select((handler, i) => handler with { ClassName = classNames[i] });

        var usedHints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<GeneratedFile>();
        foreach (var group in named.GroupBy(h => GroupKey(h, layout), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.OrderBy(h => h.ClassName, StringComparer.Ordinal).ToEquatableArray();
            files.Add(new GeneratedFile(UniqueHint(HintBase(members[0], layout), usedHints), members));
        }
        return files.ToEquatableArray();
    }

    private static string GroupKey(HandlerOutput handler, OutputLayout layout) => layout switch
    {
        OutputLayout.PerHandler => handler.ClassName,
        OutputLayout.PerContainingType => handler.Spec.Namespace + "." + handler.Spec.ContainingTypeName,
        OutputLayout.PerSourceFile => handler.SourceFile,
        _ => "",
    };

    /// <summary>What the hint name says about the group: the class, the declaring type or the source file's name.</summary>
    private static string HintBase(HandlerOutput first, OutputLayout layout) => layout switch
    {
        OutputLayout.PerHandler => first.ClassName,
        OutputLayout.PerContainingType => first.Spec.ContainingTypeName,
        OutputLayout.PerSourceFile => FileStem(first.SourceFile),
        _ => "",
    };

    private static string FileStem(string path)
    {
        // Path.GetFileNameWithoutExtension throws on invalid characters under .NET Framework; split by hand.
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(slash + 1);
        int dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    /// <summary>"LambdaFunctions.&lt;base&gt;.g.cs", made of characters every file system and Roslyn accept, unique ignoring case.</summary>
    private static string UniqueHint(string hintBase, HashSet<string> used)
    {
        var safe = Sanitize(hintBase);
        var stem = safe.Length == 0 ? Prefix : Prefix + "." + safe;
        var hint = stem;
        for (int suffix = 2; !used.Add(hint); suffix++)
        {
            hint = stem + "_" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return hint + ".g.cs";
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.' ? c : '_');
        }

        return builder.ToString().Trim('.');
    }
}
