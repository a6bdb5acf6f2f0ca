using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>
/// Turns LambdaGen attributes into the plain <see cref="FunctionSpec"/> model. Shared by the analyzer and
/// the generator so both see the same values. Returns null for anything it cannot model.
/// </summary>
internal static class SettingsParser
{
    /// <summary>The settings of <c>[LambdaFunction]</c> and the method's own environment, tag and file system attributes.</summary>
    /// <param name="includeSignature">False for the generator, which never checks the signature: reading it binds every
    /// parameter and return type, on every keystroke, for every handler.</param>
    public static FunctionSpec? ParseMethod(IMethodSymbol method, AttributeData functionAttribute, CancellationToken cancellationToken, bool includeSignature = true)
    {
        if (!AttributeValues.IsReadable(functionAttribute))
        {
            return null;
        }

        var attributes = method.GetAttributes();
        foreach (var attribute in attributes)
        {
            if (IsLambdaGen(attribute) && !AttributeValues.IsReadable(attribute))
            {
                return null;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();

        var spec = ReadNamedArguments(new FunctionSpec(), functionAttribute, ValueOrigin.Method);
        var type = method.ContainingType;
        var containingTypes = TypeChain(type);
        var ns = type is null || type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        return spec with
        {
            MethodId = OverloadId(method, ns, containingTypes),
            MethodName = method.Name,
            ContainingTypeName = containingTypes,
            Namespace = ns,
            MethodDisplayName = (type is null ? "" : type.Name + ".") + method.Name,
            Environment = KeyValueEntries(attributes, KnownNames.LambdaEnvironmentAttribute, ValueOrigin.Method),
            Tags = KeyValueEntries(attributes, KnownNames.LambdaTagAttribute, ValueOrigin.Method),
            FileSystems = Entries(attributes, KnownNames.LambdaFileSystemAttribute, ValueOrigin.Method,
                static (key, value, origin, i) => new FileSystemEntry(key, value, origin, i)),
            Attached = Attached(attributes),
            Signature = includeSignature ? SignatureReader.Read(method) : null,
        };
    }

    /// <summary>The method's attributes that declare other operations (<c>[LambdaFunctionUrl]</c>, <c>[LambdaAlias]</c>,
    /// <c>[LambdaAsyncInvoke]</c>), each read into its own settings by the field table's rows for its attribute.</summary>
    private static EquatableArray<AttachedSettings> Attached(ImmutableArray<AttributeData> attributes)
    {
        List<AttachedSettings>? attached = null;
        foreach (var name in AttachedAttributes)
        {
            int position = 0;
            foreach (var attribute in attributes)
            {
                if (!Is(attribute, name))
                {
                    continue;
                }

                var settings = new SettingTable().ToBuilder();
                foreach (var field in FieldTable.Slotted)
                {
                    if (field.Operation.Attribute == name && field.ConstructorIndex >= 0 && field.ConstructorIndex < attribute.ConstructorArguments.Length)
                    {
                        settings[field] = AttributeValues.Read(field.Kind, attribute.ConstructorArguments[field.ConstructorIndex], ValueOrigin.Method);
                    }
                }
                foreach (var named in attribute.NamedArguments)
                {
                    if (FieldTable.ByAttribute(name, named.Key) is { Index: >= 0, ConstructorIndex: < 0 } field)
                    {
                        settings[field] = AttributeValues.Read(field.Kind, named.Value, ValueOrigin.Method);
                    }
                }
                if (name == Operations.LambdaEventSourceAttribute)
                {
                    EventSources.Place(settings);
                }

                (attached ??= new List<AttachedSettings>()).Add(new AttachedSettings(name, position++, settings.ToTable()));
            }
        }
        return attached is null ? default : attached.ToEquatableArray();
    }

    private static readonly string[] AttachedAttributes =
        { Operations.LambdaAliasAttribute, Operations.LambdaFunctionUrlAttribute, Operations.LambdaAsyncInvokeAttribute, Operations.LambdaEventSourceAttribute };

    /// <summary>The assembly-level defaults: <c>[assembly: LambdaDefaults]</c>, environment and tags.</summary>
    public static FunctionSpec ParseAssembly(IAssemblySymbol assembly)
    {
        var attributes = assembly.GetAttributes().Where(AttributeValues.IsReadable).ToImmutableArray();
        var spec = new FunctionSpec();
        var defaults = attributes.FirstOrDefault(a => Is(a, KnownNames.LambdaDefaultsAttribute));
        if (defaults is not null)
        {
            spec = ReadNamedArguments(spec, defaults, ValueOrigin.Assembly);
        }

        return spec with
        {
            Environment = KeyValueEntries(attributes, KnownNames.LambdaEnvironmentAttribute, ValueOrigin.Assembly),
            Tags = KeyValueEntries(attributes, KnownNames.LambdaTagAttribute, ValueOrigin.Assembly),
        };
    }

    /// <summary>The file the analyzer reports assembly-level values in: <c>[assembly: LambdaDefaults]</c>'s, else the first
    /// assembly-level <c>[LambdaEnvironment]</c> or <c>[LambdaTag]</c>'s; null when there is none.</summary>
    public static SyntaxTree? AssemblyAttributesTree(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        var attributes = assembly.GetAttributes();
        var chosen = attributes.FirstOrDefault(a => Is(a, KnownNames.LambdaDefaultsAttribute))
                     ?? attributes.FirstOrDefault(a => Is(a, KnownNames.LambdaEnvironmentAttribute) || Is(a, KnownNames.LambdaTagAttribute));
        cancellationToken.ThrowIfCancellationRequested();
        return chosen?.ApplicationSyntaxReference?.SyntaxTree;
    }

    public static bool Is(AttributeData attribute, string metadataName) =>
        attribute.AttributeClass is { } type && TypeNames.HasFullName(type, metadataName);

    private static bool IsLambdaGen(AttributeData attribute) =>
        TypeNames.IsNamespace(attribute.AttributeClass?.ContainingNamespace, "LambdaGen");

    private static EquatableArray<KeyValueEntry> KeyValueEntries(ImmutableArray<AttributeData> attributes, string metadataName, ValueOrigin origin) =>
        Entries(attributes, metadataName, origin, static (key, value, entryOrigin, i) => new KeyValueEntry(key, value, entryOrigin, i));

    /// <summary>One entry per <paramref name="metadataName"/> attribute, from its two constructor strings, numbered in
    /// declaration order. A loop, not LINQ: it runs for every handler on every cold build, mostly finding nothing.</summary>
    private static EquatableArray<T> Entries<T>(ImmutableArray<AttributeData> attributes, string metadataName, ValueOrigin origin,
        Func<string?, string?, ValueOrigin, int, T> create)
    {
        List<T>? entries = null;
        foreach (var attribute in attributes)
        {
            if (Is(attribute, metadataName))
            {
                entries ??= new List<T>();
                entries.Add(create(AttributeValues.ConstructorString(attribute, 0), AttributeValues.ConstructorString(attribute, 1), origin, entries.Count));
            }
        }
        return entries is null ? default : entries.ToEquatableArray();
    }

    /// <summary>"Namespace.Type+Nested.Method`n", n the method's position among the type's members of that name in
    /// declaration order: tells overloads apart without the display string of every parameter type.</summary>
    private static string OverloadId(IMethodSymbol method, string ns, string containingTypes)
    {
        var type = method.ContainingType;
        int position = type is null ? 0 : type.GetMembers(method.Name).IndexOf(method.OriginalDefinition, SymbolEqualityComparer.Default);
        return (ns.Length > 0 ? ns + "." : "") + containingTypes + "." + method.Name + "`" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Outer+Inner, without namespace.</summary>
    private static string TypeChain(INamedTypeSymbol? type)
    {
        if (type is { ContainingType: null })
        {
            return type.Name;
        }

        var names = new List<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            names.Insert(0, current.Name);
        }

        return string.Join("+", names);
    }

    /// <summary>Every named argument present in source is "set", even when it equals the type's default. Each property maps
    /// to a row of the field table (a test checks every attribute property has one); a value of the wrong type is not set.</summary>
    private static FunctionSpec ReadNamedArguments(FunctionSpec spec, AttributeData attribute, ValueOrigin origin)
    {
        var level = origin == ValueOrigin.Method ? FieldLevels.Method : FieldLevels.Assembly;
        var settings = spec.Settings.ToBuilder();
        foreach (var named in attribute.NamedArguments)
        {
            if (FieldTable.ByName(named.Key) is not { Index: >= 0 } field || (field.Levels & level) == 0)
            {
                continue;
            }

            settings[field] = AttributeValues.Read(field.Kind, named.Value, origin);
        }
        return spec with { Settings = settings.ToTable() };
    }
}
