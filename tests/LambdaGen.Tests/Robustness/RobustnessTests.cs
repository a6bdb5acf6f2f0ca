using FsCheck;
using FsCheck.Fluent;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;
using LambdaGen.Core.Rules;
using LambdaGen.Tests.Analyzer;
using static LambdaGen.Tests.Robustness.Generators;

namespace LambdaGen.Tests.Robustness;

/// <summary>
/// Throws random values and half-typed sources at the analyzer and the validator: no exception, no AD0001.
/// Bounded case counts keep the whole class under ~30 seconds.
/// </summary>
public class RobustnessTests
{
    private static Config Cases(int count) => Config.QuickThrowOnFailure.WithMaxTest(count).WithQuietOnSuccess(true);

    private static readonly string[] MsBuildNames =
        MsBuildDefaults.PropertyNames.Concat(new[] { "TargetFramework", "RuntimeIdentifier", "RootNamespace" }).ToArray();

    /// <summary>A compiling project: random LambdaDefaults, assembly environment and tags, one to three handlers with
    /// random settings and environment, tag and file system attributes, and random MSBuild properties.</summary>
    private static readonly Gen<(string Source, (string Key, string? Value)[] Properties)> RandomProjects =
        from defaults in NamedArguments(typeof(LambdaDefaultsAttribute))
        from assemblyEnvironment in KeyValueAttributes("LambdaEnvironment", "assembly: ", 3)
        from assemblyTags in KeyValueAttributes("LambdaTag", "assembly: ", 3)
        from handlerCount in Gen.Choose(1, 3)
        from handlers in Gen.ArrayOf(
            from args in NamedArguments(typeof(LambdaFunctionAttribute))
            from environment in KeyValueAttributes("LambdaEnvironment", "", 3)
            from tags in KeyValueAttributes("LambdaTag", "", 2)
            from fileSystems in KeyValueAttributes("LambdaFileSystem", "", 2)
            from attached in AttachedAttributes
            from signature in Gen.Elements(
                "public static System.IO.Stream H#N#(System.IO.Stream input) => input;",
                "public static string H#N#(string input, Amazon.Lambda.Core.ILambdaContext c) => input;",
                "internal async void H#N#() { await System.Threading.Tasks.Task.Yield(); }",
                "public static T H#N#<T>(T a, int b, int c) => a;")
            select environment + tags + fileSystems + attached + $"[LambdaFunction({args})]\n" + signature, handlerCount)
        from plain in AttachedAttributes
        from properties in Gen.SubListOf(MsBuildNames).SelectMany(names =>
            Gen.ArrayOf(Strings, names.Count).Select(values => names.Zip(values, (n, v) => (n, v)).ToArray()))
        select ($$"""
            using LambdaGen;
            [assembly: LambdaDefaults({{defaults}})]
            {{assemblyEnvironment}}{{assemblyTags}}
            public class Functions
            {
            {{string.Join("\n", handlers.Select((h, i) => h.Replace("#N#", i.ToString(System.Globalization.CultureInfo.InvariantCulture))))}}
            {{plain}}
                public static System.IO.Stream Plain(System.IO.Stream input) => input;
            }
            {{TestSources.LambdaCoreStubs}}
            """, properties);

    /// <summary>Issue 14's attributes with random values: zero or one [LambdaFunctionUrl] and [LambdaAsyncInvoke], zero to
    /// three [LambdaAlias] (random names, often repeated).</summary>
    private static readonly Gen<string> AttachedAttributes =
        from url in Gen.OneOf(Gen.Constant(""), NamedArguments(typeof(LambdaFunctionUrlAttribute)).Select(a => $"[LambdaFunctionUrl({a})]\n"))
        from asyncInvoke in Gen.OneOf(Gen.Constant(""), NamedArguments(typeof(LambdaAsyncInvokeAttribute)).Select(a => $"[LambdaAsyncInvoke({a})]\n"))
        from aliasCount in Gen.Choose(0, 3)
        from aliases in Gen.ArrayOf(
            from name in Gen.OneOf(Strings, Gen.Elements<string?>("live", "LIVE", "beta"))
            from args in NamedArguments(typeof(LambdaAliasAttribute))
            select $"[LambdaAlias({Literal(name)}{(args.Length == 0 ? "" : ", " + args)})]\n", aliasCount)
        select url + asyncInvoke + string.Concat(aliases);

    [Fact]
    public void Random_attribute_values_and_MSBuild_properties_never_crash_the_analyzer()
    {
        var property = Prop.ForAll(Arb.From(RandomProjects), project =>
        {
            // RequireCompiles: every generated value is well-typed C#, so the analyzer sees real constants.
            var diagnostics = AnalyzerRunner.GetDiagnosticsAsync(project.Source, new AnalyzerSetup { Properties = project.Properties }).GetAwaiter().GetResult();
            RunGenerator(TestCompilation.Create(project.Source), project.Properties, requireCleanOutput: true);
            return diagnostics.All(d => TestCompilation.IsLambdaGen(d.Id) && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Length > 0);
        });
        Check.One(Cases(150), property);
    }

    private static readonly string[] NonConstants =
    {
        "System.DateTime.Now.Second", "int.Parse(\"1\")", "new string('a', 3)", "Functions.Field", "typeof(int)", "default", "\"64\"", "64", "true",
        "new[] { 1, 2 }", "new object[] { null }", "(string)null", "null", "nameof(Functions)", "$\"{1}\"", "[..Functions.Items]", "new string[-1]", "new string[3]",
        "LambdaRuntime.Dotnet10 + 1", "\"a\" + \"b\"", "1 / 0", "int.MaxValue + 1", "unchecked(int.MaxValue + 1)", "Missing.Value",
    };

    private static readonly string[] Bases = RuleExamples.All.SelectMany(e => new[] { Markup.Parse(e.FailingMarkup).Source, e.PassingSource }).ToArray();

    /// <summary>Valid sources broken the ways half-typed code is: truncated, a value replaced by a non-constant or
    /// wrongly typed expression, the usings removed, a character range deleted or garbage inserted.</summary>
    private static readonly Gen<string> HalfTypedSources =
        from source in Gen.Elements(Bases)
        from kind in Gen.Choose(0, 5)
        from a in Gen.Choose(0, 1_000_000)
        from b in Gen.Choose(0, 1_000_000)
        from replacement in Gen.Elements(NonConstants)
        select Mutate(source + "\npublic static partial class Extra { public static int Field = 1; public static string[] Items = []; }", kind, a, b, replacement);

    private static string Mutate(string source, int kind, int a, int b, string replacement)
    {
        int at = a % (source.Length + 1);
        switch (kind)
        {
            case 0:
                return source.Substring(0, at);
            case 1:
                // Replace the value after the n-th " = " (an attribute argument most of the time).
                var equals = Enumerable.Range(0, Math.Max(0, source.Length - 2)).Where(i => string.CompareOrdinal(source, i, " = ", 0, 3) == 0).ToList();
                if (equals.Count == 0)
                {
                    return source;
                }

                int start = equals[b % equals.Count] + 3;
                int end = source.IndexOfAny(new[] { ',', ')' }, start);
                return end < 0 ? source : source.Substring(0, start) + replacement + source.Substring(end);
            case 2:
                return source.Replace("using LambdaGen;", "").Replace("using Amazon.Lambda.Core;", "");
            case 3:
                int length = b % 40;
                return source.Remove(at, Math.Min(length, source.Length - at));
            case 4:
                return source.Insert(at, new[] { "(", ")", "[", "]", "\"", "{", "}", ",", "=", "@", "[LambdaFunction(", "\n#if X\n", "/*" }[b % 13]);
            default:
                return source.Replace("[LambdaFunction(", "[LambdaFunction(" + replacement + ", ");
        }
    }

    [Fact]
    public void Half_typed_sources_never_crash_the_analyzer()
    {
        var property = Prop.ForAll(Arb.From(HalfTypedSources), source =>
        {
            AnalyzerRunner.GetDiagnosticsAsync(source, new AnalyzerSetup { RequireCompiles = false }).GetAwaiter().GetResult();
            RunGenerator(TestCompilation.CreateUnchecked(source), null, requireCleanOutput: false);
            return true;
        });
        Check.One(Cases(250), property);
    }

    [Fact]
    public async Task Specific_half_typed_shapes_do_not_crash()
    {
        string[] shapes =
        {
            "using LambdaGen; class C { [LambdaFunction(MemorySize = ", "using LambdaGen; class C { [LambdaFunction(MemorySize = \"64\")] void M() { } }",
            "using LambdaGen; class C { [LambdaFunction(Architectures = \"x86_64\")] void M() { } }",
            "using LambdaGen; class C { [LambdaFunction(Layers = new string[3])] void M() { } }",
            "using LambdaGen; class C { [LambdaFunction(Layers = new string[] { null, null })] void M() { } }",
            "using LambdaGen; class C { [LambdaFunction, LambdaFunction] void M() { } }",
            "using LambdaGen; class C { [LambdaFunction(Nope = 1)] void M() { } }",
            "using LambdaGen; class C { [LambdaFunction(1)] void M() { } }",
            "using LambdaGen; [assembly: LambdaDefaults(MemorySize = \"x\")] class C { [LambdaFunction] void M() { } }",
            "using LambdaGen; [assembly: LambdaDefaults] [assembly: LambdaDefaults(Role = \"r\")] class C { [LambdaFunction] void M() { } }",
            "using LambdaGen; [assembly: LambdaEnvironment()] [assembly: LambdaTag(\"a\")] class C { [LambdaFunction] [LambdaFileSystem] void M() { } }",
            "using LambdaGen; class C { [LambdaEnvironment(null, null)] [LambdaTag(null, null)] [LambdaFileSystem(null, null)] [LambdaFunction] void M() { } }",
            "using LambdaGen; class C { [LambdaFunction] C() { } [LambdaFunction] ~C() { } [LambdaFunction] int P { [LambdaFunction] get => 0; } }",
            "using LambdaGen; class C { void Outer() { [LambdaFunction] void Local() { } var f = [LambdaFunction] () => 1; } }",
            "using LambdaGen; interface I { [LambdaFunction] void M(); } abstract class A { [LambdaFunction] public abstract void M(); }",
            "using LambdaGen; partial class P { [LambdaFunction] partial void M(); partial void M() { } }",
            "using LambdaGen; class C { [LambdaFunction] extern static void M(); [LambdaFunction] public static void operator +(C a, C b) { } }",
            "using LambdaGen; record R([property: LambdaFunction] int X) { [LambdaFunction] public static System.IO.Stream M(System.IO.Stream s) => s; }",
            "using LambdaGen; class C<T> where T : C<T> { [LambdaFunction] public static void M<U>(U u, T t, dynamic d) { } }",
            "using LambdaGen; class C { [LambdaFunction] public static void M(__arglist) { } [LambdaFunction] public static unsafe int* N(int* p) => p; }",
            "namespace LambdaGen { public class LambdaFunctionAttribute : System.Attribute { } } class C { [LambdaGen.LambdaFunction] void M() { } }",
            "using LambdaGen; class C { [LambdaFunctionUrl(AuthType = ", "using LambdaGen; class C { [LambdaAlias(] [LambdaFunction] void M() { } }",
            "using LambdaGen; class C { [LambdaAlias] [LambdaAlias(null)] [LambdaAlias(1)] [LambdaAlias(\"a\", \"b\")] [LambdaFunction] void M() { } }",
            "using LambdaGen; class C { [LambdaAlias(name: null, ProvisionedConcurrentExecutions = \"x\")] [LambdaFunction(Publish = true, ReservedConcurrentExecutions = int.MaxValue)] void M() { } }",
            "using LambdaGen; class C { [LambdaFunctionUrl, LambdaFunctionUrl(AuthType = \"NONE\")] [LambdaFunction] void M() { } }",
            "using LambdaGen; class C { [LambdaFunctionUrl(AllowMethods = new string[3], AllowOrigins = [null], Qualifier = null)] [LambdaFunction] void M() { } }",
            "using LambdaGen; class C { [LambdaFunctionUrl(AllowMethods = new[] { 1 }, MaxAge = \"300\", AllowCredentials = null)] [LambdaFunction] void M() { } }",
            "using LambdaGen; class C { [LambdaAsyncInvoke(OnSuccess = \"arn:aws:lambda\", OnFailure = \"arn\")] [LambdaFunction(FunctionName = \"arn:aws:lambda:us-east-1:123456789012:function:\")] void M() { } }",
            "using LambdaGen; class C { [LambdaAsyncInvoke(OnSuccess = \"arn:aws:lambda:us-east-1:123456789012:function:\")] [LambdaAsyncInvoke] [LambdaFunction] void M() { } }",
            "using LambdaGen; [assembly: LambdaFunctionUrl] [assembly: LambdaAlias(\"x\")] class C { [LambdaFunctionUrl] [LambdaAsyncInvoke] [LambdaAlias(\"1\")] void M() { } [LambdaAlias(\"a\")] int P { get; } }",
            "using LambdaGen; class C { void Outer() { [LambdaAlias(\"a\")] [LambdaFunction] void Local() { } } }",
        };
        foreach (var shape in shapes)
        {
            await AnalyzerRunner.GetDiagnosticsAsync(shape, new AnalyzerSetup { RequireCompiles = false });
            RunGenerator(TestCompilation.CreateUnchecked(shape), null, requireCleanOutput: false);
        }
    }

    /// <summary>The generator must not throw (CS8785) on anything the analyzer sees; on compiling input, with
    /// <paramref name="requireCleanOutput"/>, its output must compile too.</summary>
    private static void RunGenerator(Microsoft.CodeAnalysis.Compilation compilation, IEnumerable<(string Key, string? Value)>? properties, bool requireCleanOutput)
    {
        var driver = GeneratorRunner.CreateDriver([new LambdaGen.Analyzers.Generation.LambdaGenerator()], TestOptions.Create(properties));
        GeneratorRunner.Run(driver, compilation, requireCleanOutput);
    }

    private static readonly Gen<ValueOrigin> Origins = Gen.Elements(Enum.GetValues<ValueOrigin>().Append((ValueOrigin)200).ToArray());

    private static Gen<Setting<T>?> SettingOf<T>(Gen<T> values) where T : notnull =>
        Gen.OneOf(Gen.Constant<Setting<T>?>(null), Gen.Zip(values, Origins).Select(p => (Setting<T>?)new Setting<T>(p.Item1, p.Item2)));

    private static readonly Gen<Setting<string>?> StringSettings =
        Gen.OneOf(Gen.Constant<Setting<string>?>(null), Gen.Zip(Strings, Origins).Select(p => (Setting<string>?)new Setting<string>(p.Item1!, p.Item2)));

    private static readonly Gen<Setting<EquatableArray<string?>>?> ArraySettings =
        Gen.OneOf(Gen.Constant<Setting<EquatableArray<string?>>?>(null),
            Gen.Zip(StringArrays, Origins).Select(p => (Setting<EquatableArray<string?>>?)new Setting<EquatableArray<string?>>(
                p.Item1 is null ? default : new EquatableArray<string?>(p.Item1), p.Item2)));

    private static readonly Gen<EquatableArray<KeyValueEntry>> Entries =
        Gen.ArrayOf(from k in Strings from v in Strings from o in Origins from i in Gen.Choose(-2, 60) select new KeyValueEntry(k, v, o, i))
            .Select(a => a.ToEquatableArray());

    private static readonly Gen<HandlerSignature?> Signatures = Gen.OneOf(
        Gen.Constant<HandlerSignature?>(null),
        from flags in Gen.ArrayOf(Bools, 10)
        from count in Gen.Choose(-1, 300)
        from second in Strings
        from input in Strings
        from output in Strings
        select (HandlerSignature?)new HandlerSignature
        {
            IsPublic = flags[0], IsStatic = flags[1], IsGeneric = flags[2], IsInGenericType = flags[3], IsAsyncVoid = flags[4],
            ParameterCount = count, SecondParameterType = second, SecondParameterIsLambdaContext = flags[5], ContainingTypeIsPublic = flags[6],
            ContainingTypeIsAbstract = flags[7], ContainingTypeHasPublicParameterlessConstructor = flags[8], NonStreamInputType = input,
            NonStreamOutputType = output, HasSerializer = flags[9],
        });

    /// <summary>A random setting of a row's kind (or none), boxed as the table stores it.</summary>
    private static Gen<object?> SettingFor(Field field) => field.Kind switch
    {
        FieldKind.Int => SettingOf(Ints).Select(s => (object?)s),
        FieldKind.Double => SettingOf(Doubles).Select(s => (object?)s),
        FieldKind.Bool => SettingOf(Bools).Select(s => (object?)s),
        FieldKind.StringList => ArraySettings.Select(s => (object?)s),
        _ => StringSettings.Select(s => (object?)s),
    };

    /// <summary>The rows the generic model check walks (every row with a ModelRule): a new one gets random values here
    /// without a change.</summary>
    private static readonly Field[] ModelRows = FieldTable.All.Where(f => f.ModelRule is not null && f.Index >= 0).ToArray();

    private static readonly Gen<object?[]> ModelSettings =
        ModelRows.Aggregate(Gen.Constant(new List<object?>()), (acc, row) => acc.SelectMany(list => SettingFor(row).Select(v => new List<object?>(list) { v })))
            .Select(list => list.ToArray());

    private static readonly string[] AttachedNames =
    {
        Operations.LambdaFunctionUrlAttribute, Operations.LambdaAliasAttribute, Operations.LambdaAsyncInvokeAttribute, Operations.LambdaAliasAttribute,
        Operations.LambdaFunctionAttribute, "LambdaGen.Nope", "",
    };

    /// <summary>Settings of [LambdaFunctionUrl], [LambdaAlias] and [LambdaAsyncInvoke] (and of nothing) with random values of
    /// their operations' rows, at random positions, several of each.</summary>
    private static readonly Gen<EquatableArray<AttachedSettings>> AttachedSpecs =
        Gen.Choose(0, 5).SelectMany(count => Gen.ArrayOf(
            from attribute in Gen.Elements(AttachedNames)
            from position in Gen.Choose(-1, 4)
            let rows = FieldTable.All.Where(f => f.Index >= 0 && f.Operation.Attribute == attribute && f.Operation != Operations.CreateFunction).ToArray()
            from values in rows.Aggregate(Gen.Constant(new List<object?>()), (acc, row) => acc.SelectMany(list => SettingFor(row).Select(v => new List<object?>(list) { v })))
            select new AttachedSettings(attribute, position, rows.Select((row, i) => (row, values[i])).Aggregate(default(SettingTable), (t, p) => t.With(p.row, p.Item2))),
            count)).Select(a => a.ToEquatableArray());

    private static readonly Gen<FunctionSpec> Specs =
        from model in ModelSettings
        from names in Gen.ArrayOf(StringSettings, 14)
        from numbers in Gen.ArrayOf(SettingOf(Ints), 3)
        from arrays in Gen.ArrayOf(ArraySettings, 6)
        from bools in Gen.ArrayOf(SettingOf(Bools), 2)
        from environment in Entries
        from tags in Entries
        from fileSystems in Gen.ArrayOf(from a in Strings from p in Strings from o in Origins from i in Gen.Choose(-1, 5) select new FileSystemEntry(a, p, o, i))
        from signature in Signatures
        from display in Strings
        from withoutPrefix in Strings
        from attached in AttachedSpecs
        select new FunctionSpec
        {
            MethodDisplayName = display ?? "", NameWithoutPrefix = withoutPrefix,
            FunctionName = names[0], Description = names[1], Runtime = names[2], Handler = names[3], Role = names[4], KMSKeyArn = names[5],
            TracingMode = names[6], DeadLetterTargetArn = names[7], PackageType = names[8], ImageWorkingDirectory = names[9],
            CodeSigningConfigArn = names[10], SnapStart = names[11], LogFormat = names[12], ApplicationLogLevel = names[13],
            SystemLogLevel = names[(names.Length - 1) % 14], LogGroup = names[1],
            MemorySize = numbers[0], Timeout = numbers[1], EphemeralStorage = numbers[2],
            Architectures = arrays[0], Layers = arrays[1], SubnetIds = arrays[2], SecurityGroupIds = arrays[3], ImageEntryPoint = arrays[4], ImageCommand = arrays[5],
            Ipv6AllowedForDualStack = bools[0], Publish = bools[1],
            Environment = environment, Tags = tags, FileSystems = fileSystems.ToEquatableArray(), Signature = signature, Attached = attached,
        }.WithSettings(ModelRows, model);

    private static readonly Gen<ProjectContext> Contexts =
        from framework in Strings
        from rid in Strings
        from max in Gen.OneOf(Gen.Constant<int?>(null), Ints.Select(i => (int?)i))
        from manifest in Strings
        select new ProjectContext { TargetFramework = framework, RuntimeIdentifier = rid, MaxMemorySize = max, ManifestPath = manifest };

    /// <summary>The numeric rows of the generic model check: a violation exactly when the value is outside the model's range,
    /// NaN or infinite, and its fix (none when there is no bound to clamp to) is inside the range.</summary>
    [Fact]
    public void The_model_check_fires_exactly_outside_a_range_and_its_fix_passes()
    {
        var rows = ModelRows.Where(f => f.Kind is FieldKind.Int or FieldKind.Double && (f.Model.Min is not null || f.Model.Max is not null)).ToArray();
        Assert.NotEmpty(rows);
        var property = Prop.ForAll(Arb.From(from row in Gen.Elements(rows) from d in Doubles from i in Ints select (row, d, i)), input =>
        {
            var (row, d, i) = input;
            double value = row.Kind == FieldKind.Int ? i : d;
            var violations = SpecValidator.CheckModelValue(row, row.ModelRule!, Number(row, value));
            bool outside = double.IsNaN(value) || double.IsInfinity(value) || value < row.Model.Min || value > row.Model.Max;
            if (violations.Count != (outside ? 1 : 0) || violations.Any(v => v.Rule != row.ModelRule || v.Field != row.Name))
            {
                return false;
            }

            if (!outside)
            {
                return true;
            }

            var fix = violations[0].Fix;
            bool nothingToClampTo = double.IsNaN(value)
                                    || double.IsPositiveInfinity(value) && row.Model.Max is null || double.IsNegativeInfinity(value) && row.Model.Min is null;
            if (nothingToClampTo)
            {
                return fix is null;
            }

            return fix is not null && double.TryParse(fix, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var fixedValue)
                && SpecValidator.CheckModelValue(row, row.ModelRule!, Number(row, fixedValue)).Count == 0;
        });
        Check.One(Cases(500), property);
    }

    private static ISetting Number(Field row, double value) =>
        row.Kind == FieldKind.Int ? new Setting<int>((int)value, ValueOrigin.Method) : new Setting<double>(value, ValueOrigin.Method);

    /// <summary>The string rows of the generic model check never throw, and a fix they offer passes the check.</summary>
    [Fact]
    public void The_model_check_of_strings_is_total_and_its_fixes_pass()
    {
        var rows = ModelRows.Where(f => f.Kind == FieldKind.String).ToArray();
        var property = Prop.ForAll(Arb.From(from row in Gen.Elements(rows) from value in Strings from origin in Origins select (row, value, origin)), input =>
        {
            var (row, value, origin) = input;
            var violations = SpecValidator.CheckModelValue(row, row.ModelRule!, new Setting<string>(value!, origin));
            return violations.Count <= 1 && violations.All(v => v.Message.Length > 0 &&
                (v.Fix is null || SpecValidator.CheckModelValue(row, row.ModelRule!, new Setting<string>(v.Fix, origin)).Count == 0));
        });
        Check.One(Cases(500), property);
    }

    [Fact]
    public void SpecValidator_and_ManifestWriter_are_total()
    {
        var property = Prop.ForAll(Arb.From(Gen.Zip(Specs, Contexts)), input =>
        {
            var (spec, context) = input;
            var violations = SpecValidator.Validate(spec, context);
            ManifestWriter.Write(spec);
            foreach (var operation in OperationInstance.Declared(spec))
            {
                ManifestWriter.Write(spec, operation);
            }

            KeyValues.Effective(spec.Environment);
            return violations.All(v => RuleCatalog.All.Contains(v.Rule) && v.Message.Length > 0 && v.Field.Length > 0);
        });
        Check.One(Cases(500), property);
    }

    [Fact]
    public void Resolver_and_parsers_are_total()
    {
        var inputs = Gen.Zip(Gen.Zip(Specs, Specs), Gen.ArrayOf(Strings, MsBuildNames.Length + 2));
        var property = Prop.ForAll(Arb.From(inputs), input =>
        {
            var ((method, assembly), values) = input;
            var msbuild = MsBuildDefaults.Parse(name => values[Array.IndexOf(MsBuildNames, name) + 1]);
            var resolved = SpecResolver.Resolve(method, assembly, msbuild, values[0] ?? "", values[^1]);
            SpecValidator.Validate(resolved, new ProjectContext { TargetFramework = values[^1], MaxMemorySize = msbuild.MaxMemorySize });
            foreach (var text in values)
            {
                Suggestions.Runtime(text);
                Suggestions.Architecture(text);
                Suggestions.Enumeration(text, new[] { "JSON", "Text" });
                TargetFrameworks.MajorVersion(text);
                TargetFrameworks.ManagedRuntime(text);
                Text.Quote(text);
                Patterns.IsTagText(text);
                if (text is not null)
                {
                    FunctionNames.PlainName(text);
                    FunctionNames.ToIdentifier(text);
                    FunctionNames.Sanitize(text);
                    Text.TruncateCodePoints(text, text.Length / 2);
                    FieldKeys.Parent(text);
                    LambdaGen.Core.Rules.Origins.Describe(ValueOrigin.MsBuild, text, new ProjectContext());
                }
            }
            return true;
        });
        Check.One(Cases(500), property);
    }
}

internal static class SpecTestExtensions
{
    /// <summary>A copy with each of <paramref name="rows"/> set to the boxed setting at the same position (null: not set).</summary>
    public static FunctionSpec WithSettings(this FunctionSpec spec, IReadOnlyList<Field> rows, IReadOnlyList<object?> settings)
    {
        var table = spec.Settings;
        for (int i = 0; i < rows.Count; i++)
        {
            table = table.With(rows[i], settings[i]);
        }

        return spec with { Settings = table };
    }
}
