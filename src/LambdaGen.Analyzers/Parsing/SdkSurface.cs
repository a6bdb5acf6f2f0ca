using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>
/// What the referenced AWSSDK.Lambda offers the typed calls, reduced to an equatable value: which operations have no
/// request type (or no response, no <c>IAmazonLambda.&lt;Operation&gt;Async</c>, no <c>FunctionName</c>) there, and which
/// rows of the field table have no member on their operation's request (an SDK older than the member, or a partial
/// stand-in). The generator writes no builder for a missing operation and leaves missing members out of the others; the
/// analyzer warns at each declared setting it left out, so the generated code always compiles.
/// </summary>
/// <param name="Assembly">Where <c>CreateFunctionRequest</c> comes from, for messages: <c>AWSSDK.Lambda 4.0.17.0</c>, or
/// "this project's source" for a type declared in the compilation itself.</param>
/// <param name="MissingFields">The rows (<see cref="Key"/>) the typed calls cannot set; rows of a missing operation are not
/// listed (the whole operation is).</param>
/// <param name="MissingOperations">The <see cref="Operation.Name"/>s of the operations (other than CreateFunction) the SDK
/// cannot send.</param>
internal sealed record SdkSurface(string Assembly, EquatableArray<string> MissingFields, EquatableArray<string> MissingOperations = default)
{
    private const string ModelNamespace = "Amazon.Lambda.Model.";

    /// <summary>A row's name in <see cref="MissingFields"/>: the property name for CreateFunction's rows, else
    /// <c>&lt;Operation&gt;.&lt;Name&gt;</c> (<c>CreateAlias.Description</c>: names repeat across operations).</summary>
    public static string Key(Field field) =>
        field.Operation == Operations.CreateFunction ? field.Name : field.Operation.Name + "." + field.Name;

    /// <summary>The SDK has no request type for <paramref name="operation"/>: no typed call for it.</summary>
    public bool Lacks(Operation operation) => MissingOperations.Contains(operation.Name);

    /// <summary>The SDK's request has no member for <paramref name="field"/> (or has no request at all).</summary>
    public bool Lacks(Field field) => Lacks(field.Operation) || MissingFields.Contains(Key(field));

    /// <summary>Null when the compilation has no usable AWSSDK.Lambda: the request, code, response or client type the typed
    /// CreateFunction call names is missing, defined twice (so it does not bind), inaccessible, or not of the shape the
    /// generated code uses. Every member a builder assigns is checked for its type as well as its name, so a source-defined
    /// or partial stand-in gives fewer typed members, never generated code that does not compile.</summary>
    public static SdkSurface? Read(Compilation compilation)
    {
        var request = compilation.GetTypeByMetadataName(KnownNames.AwsSdkCreateFunctionRequest);
        if (request is null
            || compilation.GetTypeByMetadataName(ModelNamespace + "FunctionCode") is not { } code
            || !Constructible(compilation, code) || !Public(code)
            || compilation.GetTypeByMetadataName("Amazon.Lambda.IAmazonLambda") is not { } client
            || !Public(client)
            || !HasOperation(compilation, client, request, Operations.CreateFunction)
            || !Assignable(compilation, request, "Code", code))
        {
            return null;
        }

        var missingOperations = new List<string>();
        var missingFields = new List<string>();
        foreach (var operation in Operations.All)
        {
            var operationRequest = operation == Operations.CreateFunction ? request : compilation.GetTypeByMetadataName(ModelNamespace + operation.Name + "Request");
            if (operationRequest is null || !HasOperation(compilation, client, operationRequest, operation))
            {
                missingOperations.Add(operation.Name);
                continue;
            }
            missingFields.AddRange(FieldTable.Of(operation).Where(field => !Has(compilation, operationRequest, field)).Select(Key));
        }
        return new SdkSurface(Describe(compilation, request.ContainingAssembly), missingFields.ToEquatableArray(), missingOperations.ToEquatableArray());
    }

    /// <summary>The request type (constructible here), its response, the client's <c>&lt;Operation&gt;Async(request,
    /// CancellationToken)</c> returning <c>Task&lt;Response&gt;</c>, and the string members every builder sets:
    /// <c>FunctionName</c>, <c>Qualifier</c> for a per-alias operation other than CreateAlias (the alias), <c>FunctionVersion</c>
    /// for CreateAlias (the builder's parameter).</summary>
    private static bool HasOperation(Compilation compilation, INamedTypeSymbol client, INamedTypeSymbol request, Operation operation)
    {
        var stringType = compilation.GetSpecialType(SpecialType.System_String);
        if (!Constructible(compilation, request) || !Public(request)
            || compilation.GetTypeByMetadataName(ModelNamespace + operation.Name + "Response") is not { } response
            || !Public(response)
            || compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1") is not { } task
            || compilation.GetTypeByMetadataName("System.Threading.CancellationToken") is not { } token
            || !client.GetMembers(operation.Name + "Async").OfType<IMethodSymbol>().Any(m =>
                !m.IsStatic && m.TypeParameters.Length == 0 && m.Parameters.Length == 2
                && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, request)
                && SymbolEqualityComparer.Default.Equals(m.Parameters[1].Type, token)
                && SymbolEqualityComparer.Default.Equals(m.ReturnType, task.Construct(response))
                && Accessible(compilation, m))
            || !Assignable(compilation, request, "FunctionName", stringType))
        {
            return false;
        }

        if (operation == Operations.CreateAlias)
        {
            return Assignable(compilation, request, "FunctionVersion", stringType);
        }

        return !operation.PerAlias || Assignable(compilation, request, "Qualifier", stringType);
    }

    /// <summary>The assembly's name and release. Every AWSSDK v4 assembly has the identity version 4.0.0.0 (aws/aws-sdk-net#3781
    /// fixed it so that upgrades do not break binding); the package version is in <c>AssemblyFileVersion</c>, so that is
    /// the one worth naming.</summary>
    private static string Describe(Compilation compilation, IAssemblySymbol assembly)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
        {
            return "this project's source";
        }

        var version = assembly.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyFileVersionAttribute")
            .Select(a => a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as string : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? assembly.Identity.Version.ToString();
        return assembly.Identity.Name + " " + version.Trim();
    }

    private static bool Has(Compilation compilation, INamedTypeSymbol request, Field field)
    {
        var type = request;
        var path = field.SdkPath.Split('.');
        for (int i = 0; i < path.Length - 1; i++)
        {
            // The emitter writes `Segment = new Amazon.Lambda.Model.<Segment> { … }`: that type must exist, be constructible
            // here and be the property's type.
            if (compilation.GetTypeByMetadataName(ModelNamespace + field.SdkTypeAt(i)) is not { } next
                || !Constructible(compilation, next)
                || !Assignable(compilation, type, path[i], next))
            {
                return false;
            }

            type = next;
        }
        return ValueType(compilation, field) is { } value && Assignable(compilation, type, path[path.Length - 1], value);
    }

    /// <summary>The type of the value the emitter assigns for <paramref name="field"/> (null: the SDK cannot express it).</summary>
    private static ITypeSymbol? ValueType(Compilation compilation, Field field)
    {
        var stringType = compilation.GetSpecialType(SpecialType.System_String);
        var list = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
        // The event source mapping's shapes beyond a plain value (FieldTable's Esm rows).
        if (field.FlagItem is not null)
        {
            return list?.Construct(stringType);
        }

        if (field.Timestamp)
        {
            return compilation.GetSpecialType(SpecialType.System_DateTime);
        }

        if (field.SdkMapKey is not null)
        {
            return list is null ? null : compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2")?.Construct(stringType, list.Construct(stringType));
        }

        if (field.SdkItemType is { } itemTypeName)
        {
            // `new Filter { Pattern = "…" }`, `new SourceAccessConfiguration { Type = SourceAccessType.FindValue("…"), URI = "…" }`.
            if (compilation.GetTypeByMetadataName(ModelNamespace + itemTypeName) is not { } itemType || !Constructible(compilation, itemType)
                || !Assignable(compilation, itemType, field.ItemMember!, stringType))
            {
                return null;
            }

            if (field.ItemKeyMember is { } keyMember
                && (ConstantValueType(compilation, field.SdkItemKeyConstantClass!, stringType) is not { } keyType || !Assignable(compilation, itemType, keyMember, keyType)))
            {
                return null;
            }

            return list?.Construct(itemType);
        }
        switch (field.Kind)
        {
            case FieldKind.String when field.SdkConstantClass is { } constantClass:
                return ConstantValueType(compilation, constantClass, stringType);
            case FieldKind.String:
                return stringType;
            case FieldKind.Int:
                return compilation.GetSpecialType(SpecialType.System_Int32);
            case FieldKind.Double:
                return compilation.GetSpecialType(SpecialType.System_Double);
            case FieldKind.Bool:
                return compilation.GetSpecialType(SpecialType.System_Boolean);
            case FieldKind.StringList:
                return compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(stringType);
            case FieldKind.KeyValueMap:
                return compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2")?.Construct(stringType, stringType);
            case FieldKind.FileSystemList:
                // `new FileSystemConfig { Arn = "…", LocalMountPath = "…" }` in a List<FileSystemConfig>.
                if (compilation.GetTypeByMetadataName(ModelNamespace + "FileSystemConfig") is not { } config
                    || !Constructible(compilation, config)
                    || !Assignable(compilation, config, "Arn", stringType)
                    || !Assignable(compilation, config, "LocalMountPath", stringType))
                {
                    return null;
                }

                return compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(config);
            default:
                return null;
        }
    }

    /// <summary>What <c>ConstantClass.FindValue("…")</c> returns (a static method an older SDK may lack); null when it is missing.</summary>
    private static ITypeSymbol? ConstantValueType(Compilation compilation, string constantClass, ITypeSymbol stringType)
    {
        if (compilation.GetTypeByMetadataName("Amazon.Lambda." + constantClass) is not { } constant || !Accessible(compilation, constant))
        {
            return null;
        }

        var findValue = constant.GetMembers("FindValue").OfType<IMethodSymbol>().FirstOrDefault(m =>
            m.IsStatic && m.TypeParameters.Length == 0 && m.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, stringType) && Accessible(compilation, m));
        return findValue?.ReturnType;
    }

    /// <summary>The type has a settable instance property <paramref name="name"/> accessible here that takes a
    /// <paramref name="value"/> by an implicit conversion (<c>int</c> to <c>int?</c>, <c>List&lt;string&gt;</c> to itself).</summary>
    private static bool Assignable(Compilation compilation, INamedTypeSymbol type, string name, ITypeSymbol value)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is not IPropertySymbol property)
                {
                    return false; // a field, method or nested type of that name hides any base property
                }

                return !property.IsStatic && !property.IsIndexer && property.SetMethod is { } setter && Accessible(compilation, setter)
                    && compilation.ClassifyCommonConversion(value, property.Type) is { Exists: true, IsImplicit: true };
            }
        }
        return false;
    }

    /// <summary>A non-abstract, non-generic class with a public parameterless constructor: what <c>new T { … }</c> needs.</summary>
    private static bool Constructible(Compilation compilation, INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsStatic && type.Arity == 0 && Accessible(compilation, type)
        && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && Accessible(compilation, c));

    /// <summary>Public all the way out: the generated methods are public and name it in their signatures (else CS0050/CS0051).</summary>
    private static bool Public(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Accessible(Compilation compilation, ISymbol symbol) => compilation.IsSymbolAccessibleWithin(symbol, compilation.Assembly);
}
