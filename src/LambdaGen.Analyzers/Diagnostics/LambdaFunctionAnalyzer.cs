using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Analyzers.Diagnostics;

/// <summary>
/// Reports every rule of <see cref="RuleCatalog"/> for each <c>[LambdaFunction]</c> handler. A violation
/// of a value set on the method is reported at that argument; one that comes only from
/// <c>[assembly: LambdaDefaults]</c> or an MSBuild property is reported once for the project.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LambdaFunctionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        // A handler in generated code is deployed like any other, so its settings are checked like any other. This also
        // spares Roslyn's generated-code check on every reported location, which scans the whole file's tokens once per
        // file and was a quarter of this analyzer's time (benchmarks/README.md).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Any LambdaGen.LambdaFunctionAttribute will do: when two referenced assemblies define one, GetTypeByMetadataName
            // finds neither, yet each handler binds to one of them and the generator (which matches by name) emits its
            // manifest. Both check and emit every handler with the attribute it actually binds to.
            if (start.Compilation.GetTypesByMetadataName(KnownNames.LambdaFunctionAttribute).IsEmpty)
            {
                return;
            }

            var state = new CompilationState(start.Compilation, ProjectOptions.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions));
            start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, state), SymbolKind.Method);
            PlacementReporter.Register(start, state.Options);
            start.RegisterCompilationEndAction(end =>
            {
                state.ReportDuplicateNames(end);
                state.ReportSharedFifoQueues(end);
            });
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, CompilationState state)
    {
        var method = (IMethodSymbol)context.Symbol;
        var function = method.GetAttributes().FirstOrDefault(a => SettingsParser.Is(a, KnownNames.LambdaFunctionAttribute));
        if (function is null)
        {
            ReportAttachedWithoutFunction(context, method);
            return;
        }
        var parsed = SettingsParser.ParseMethod(method, function, context.CancellationToken);
        if (parsed is null)
        {
            return; // the compiler already reports what made the attribute unreadable
        }

        var spec = SpecResolver.Resolve(parsed, state.AssemblyDefaults, state.Options.Defaults, state.AssemblyName, state.Options.TargetFramework);
        var locator = new Locator(method, function, state.AssemblyAttributes, context.CancellationToken);
        state.RecordName(spec, locator.Locate(FieldKeys.FunctionName, spec.FunctionName!.Value.Origin), method);
        foreach (var source in OperationInstance.Declared(spec))
        {
            if (source.Operation == Operations.CreateEventSourceMapping && EventSources.KindOf(source.Settings) == EventSourceKind.SqsFifo)
            {
                state.RecordFifoQueue(source.Settings.Get(FieldTable.EsmEventSourceArn)!.Value.Value, spec,
                    locator.Locate(FieldTable.EsmEventSourceArn.Key(source.Position), ValueOrigin.Method));
            }
        }

        foreach (var problem in state.Options.Defaults.Problems)
        {
            state.ReportOnce(context.ReportDiagnostic, problem, Location.None);
        }

        foreach (var violation in SpecValidator.Validate(spec, state.Context).Concat(SdkViolations(spec, state.Sdk, state.Context)))
        {
            var location = locator.Locate(violation.Field, violation.Origin);
            if (violation.Origin is ValueOrigin.Method or ValueOrigin.Derived)
            {
                context.ReportDiagnostic(Create(violation, location));
            }
            else
            {
                state.ReportOnce(context.ReportDiagnostic, violation, location);
            }
        }
    }

    /// <summary>The attributes that declare another operation of a function.</summary>
    private static readonly string[] AttachedAttributes =
    {
        Operations.LambdaFunctionUrlAttribute, Operations.LambdaAliasAttribute, Operations.LambdaAsyncInvokeAttribute, Operations.LambdaEventSourceAttribute,
    };

    /// <summary>LG0109: <c>[LambdaFunctionUrl]</c>, <c>[LambdaAlias]</c> or <c>[LambdaAsyncInvoke]</c> on a method without
    /// <c>[LambdaFunction]</c>, where nothing reads them. Reported at each attribute's name.</summary>
    private static void ReportAttachedWithoutFunction(SymbolAnalysisContext context, IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            var name = System.Array.Find(AttachedAttributes, a => SettingsParser.Is(attribute, a));
            if (name is null || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax syntax)
            {
                continue;
            }

            var display = Operations.All.First(o => o.Attribute == name).AttributeDisplay;
            var message = $"{display} on {method.ContainingType?.Name}.{method.Name} has no effect: the method has no [LambdaFunction], so no function is deployed from it; add [LambdaFunction] or remove {display}";
            context.ReportDiagnostic(Create(new Violation(RuleCatalog.AttachedWithoutFunction, "", ValueOrigin.Method, message), syntax.Name.GetLocation()));
        }
    }

    /// <summary>LG0069 for each declared setting the referenced AWSSDK.Lambda cannot send in its typed call: its operation's
    /// request has no member for it, or the SDK has no request type for the operation at all (no typed call for it).</summary>
    private static IEnumerable<Violation> SdkViolations(FunctionSpec spec, SdkSurface? sdk, ProjectContext context)
    {
        if (sdk is null)
        {
            yield break;
        }

        foreach (var operation in OperationInstance.Declared(spec))
        {
            foreach (var field in FieldTable.Of(operation.Operation))
            {
                if (!sdk.Lacks(field) || field.Index < 0 || !IsWritten(spec, operation, field) || operation.Settings[field] is not ISetting { Origin: var origin })
                {
                    continue;
                }

                var key = field.Key(operation.Position);
                yield return new Violation(RuleCatalog.SdkMemberMissing, key, origin,
                    SdkMemberMissingMessage(field, sdk.Assembly, Origins.Describe(origin, key, context), requestMissing: sdk.Lacks(field.Operation)));
            }
        }
    }

    private static bool IsWritten(FunctionSpec spec, OperationInstance operation, Field field) =>
        operation.Operation == Operations.CreateFunction
            ? ManifestWriter.IsWritten(spec, field)
            : operation.Settings[field] is { } value && value is not Setting<string> { Value: null };

    /// <summary>LG0069's message. <see cref="Field.ModelSince"/> is the date the Lambda API model gained the member (a day or a
    /// month); no AWSSDK.Lambda release before it can have the member, and the package version that first had it is not
    /// something LambdaGen knows, so the message names the date. A setting of an attached attribute is named with it
    /// (<c>AuthType of [LambdaFunctionUrl]</c>); when the SDK has no request type for the operation at all, the message says
    /// that no typed call is generated for it.</summary>
    internal static string SdkMemberMissingMessage(Field field, string assembly, string origin, bool requestMissing = false)
    {
        var request = field.Operation.Name + "Request";
        var name = field.Operation.Attribute == Operations.LambdaFunctionAttribute ? field.Name : field.Name + " of " + field.Operation.AttributeDisplay;
        if (requestMissing)
        {
            return $"{name} is set, but {assembly} has no {request}, so no typed {field.Operation.Name} call is generated (the manifest and the deploy still carry it) ({origin})";
        }

        var since = field.ModelSince is { } date
            ? $"; the Lambda API gained it {(date.Length == 10 ? "on" : "in")} {date}, so it needs an AWSSDK.Lambda released since then"
            : "";
        return $"{name} is set, but {request} in {assembly} has no {field.SdkPath}, so the typed call leaves it out (the manifest and the deploy still carry it){since} ({origin})";
    }

    internal static Diagnostic Create(Violation violation, Location location)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Field, violation.Field);
        if (violation.Fix is not null)
        {
            properties = properties.Add(DiagnosticProperties.Fix, violation.Fix);
        }

        return Diagnostic.Create(Descriptors.For(violation.Rule), location, properties, violation.Message);
    }

    /// <summary>What one compilation's analysis shares across handlers.</summary>
    private sealed class CompilationState
    {
        private readonly ConcurrentDictionary<(string Id, string Message, Location Location), byte> _reported = new();
        private readonly ConcurrentBag<(string Name, Location Location, string Method)> _names = new();

        public CompilationState(Compilation compilation, ProjectOptions options)
        {
            Options = options;
            AssemblyName = compilation.AssemblyName ?? "";
            // The assembly's attributes as the generator reads them, from the compilation without LambdaGen's output: with
            // it, GetAttributes() binds every handler's metadata attributes and the constants they name (90 ms and 52 MB at
            // 1,000 handlers), again on every keystroke in an editor, where each edit is a new compilation. The trees left
            // are the same objects, so the attributes' locations are the project's own.
            var own = PlacementReporter.WithoutGeneratedTrees(compilation);
            AssemblyAttributes = own.Assembly.GetAttributes();
            AssemblyDefaults = SettingsParser.ParseAssembly(own.Assembly);
            Context = options.ToContext();
            // As the generator: with Amazon hidden there are no typed calls, so nothing to warn about them (LG0069).
            Sdk = PlacementReporter.Hides(compilation, "Amazon") ? null : SdkSurface.Read(compilation);
        }

        /// <summary>The referenced AWSSDK.Lambda as the generator sees it (null: no typed call).</summary>
        public SdkSurface? Sdk { get; }

        public ProjectOptions Options { get; }
        public string AssemblyName { get; }
        public ImmutableArray<AttributeData> AssemblyAttributes { get; }
        public FunctionSpec AssemblyDefaults { get; }
        public ProjectContext Context { get; }

        /// <summary>A defaults-level problem is the same for every handler: report it the first time only.</summary>
        public void ReportOnce(System.Action<Diagnostic> report, Violation violation, Location location)
        {
            if (_reported.TryAdd((violation.Rule.Id, violation.Message, location), 0))
            {
                report(Create(violation, location));
            }
        }

        public void RecordName(FunctionSpec spec, Location location, IMethodSymbol method)
        {
            if (spec.FunctionName?.Value is { } name)
            {
                _names.Add((FunctionNames.PlainName(name), location, spec.MethodDisplayName));
            }
        }

        /// <summary>The handlers sharing a name besides <paramref name="self"/> (and its overloads, which display alike): all of
        /// them up to four, else the first three and how many more, so that n duplicates cost n short messages rather than n
        /// messages of n names.</summary>
        internal static string OtherHandlers(IReadOnlyList<string> sorted, string self, int selfCount)
        {
            const int listed = 3;
            int others = sorted.Count - selfCount;
            int limit = others <= listed + 1 ? others : listed;
            var shown = new List<string>(limit);
            foreach (var handler in sorted)
            {
                if (shown.Count == limit)
                {
                    break;
                }

                if (handler != self)
                {
                    shown.Add(handler);
                }
            }
            var text = string.Join(", ", shown);
            return others == limit ? text : text + " and " + (others - limit).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " other handlers";
        }

        private readonly ConcurrentBag<(string Arn, string Function, Location Location)> _fifoQueues = new();

        public void RecordFifoQueue(string arn, FunctionSpec spec, Location location) =>
            _fifoQueues.Add((arn, FunctionNames.PlainName(spec.FunctionName?.Value ?? ""), location));

        /// <summary>LG0128: a FIFO queue that mappings of two or more functions of the project read, at each of them.</summary>
        public void ReportSharedFifoQueues(CompilationAnalysisContext context)
        {
            foreach (var queue in _fifoQueues.GroupBy(q => q.Arn, System.StringComparer.Ordinal))
            {
                var functions = queue.Select(q => q.Function).Distinct(System.StringComparer.Ordinal).OrderBy(f => f, System.StringComparer.Ordinal).ToList();
                if (functions.Count < 2)
                {
                    continue;
                }

                foreach (var entry in queue)
                {
                    var others = string.Join(", ", functions.Where(f => f != entry.Function).Select(f => "'" + f + "'"));
                    var message = $"FIFO queue '{queue.Key}' is also read by function {others}: the functions compete for each message group, so neither gets all of a group's messages in order";
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.EventSourceFifoShared, entry.Location, message));
                }
            }
        }

        public void ReportDuplicateNames(CompilationAnalysisContext context)
        {
            // Names that differ only in case collide too: their manifest files clash on Windows and macOS.
            foreach (var group in _names.GroupBy(n => n.Name.ToUpperInvariant()).Where(g => g.Count() > 1))
            {
                var handlers = group.Select(n => n.Method).OrderBy(m => m, System.StringComparer.Ordinal).ToList();
                var counts = handlers.GroupBy(h => h, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), System.StringComparer.Ordinal);
                // All spelled alike, or (then for every entry) some differ in case.
                bool sameCase = group.Select(n => n.Name).Distinct(System.StringComparer.Ordinal).Count() == 1;
                foreach (var entry in group)
                {
                    var others = counts[entry.Method] == handlers.Count
                        ? "another overload of " + entry.Method
                        : OtherHandlers(handlers, entry.Method, counts[entry.Method]);
                    var message = $"Function name '{entry.Name}' is also used by {others}" +
                                  (sameCase ? "" : " (names that differ only in case share a manifest file on Windows and macOS)");
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.FunctionNameDuplicate, entry.Location, message));
                }
            }
        }
    }
}
