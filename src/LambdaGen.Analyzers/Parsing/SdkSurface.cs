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
    /// CreateFunction call names is missing (or defined twice, so it does not bind).</summary>
    public static SdkSurface? Read(Compilation compilation)
    {
        var request = compilation.GetTypeByMetadataName(KnownNames.AwsSdkCreateFunctionRequest);
        if (request is null
            || compilation.GetTypeByMetadataName(ModelNamespace + "FunctionCode") is null
            || compilation.GetTypeByMetadataName("Amazon.Lambda.IAmazonLambda") is not { } client
            || !HasOperation(compilation, client, request, Operations.CreateFunction)
            || Property(request, "Code") is null)
            return null;

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

    /// <summary>The request type, its response, the client's <c>&lt;Operation&gt;Async(request, …)</c> and the members every
    /// builder sets: <c>FunctionName</c>, <c>Qualifier</c> for a per-alias operation other than CreateAlias (the alias),
    /// <c>FunctionVersion</c> for CreateAlias (the builder's parameter).</summary>
    private static bool HasOperation(Compilation compilation, INamedTypeSymbol client, INamedTypeSymbol request, Operation operation)
    {
        if (compilation.GetTypeByMetadataName(ModelNamespace + operation.Name + "Response") is null
            || !client.GetMembers(operation.Name + "Async").OfType<IMethodSymbol>()
                .Any(m => m.Parameters.Length >= 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, request))
            || Property(request, "FunctionName") is null)
            return false;
        if (operation == Operations.CreateAlias)
            return Property(request, "FunctionVersion") is not null;
        return !operation.PerAlias || Property(request, "Qualifier") is not null;
    }

    /// <summary>The assembly's name and release. Every AWSSDK v4 assembly has the identity version 4.0.0.0 (aws/aws-sdk-net#3781
    /// fixed it so that upgrades do not break binding); the package version is in <c>AssemblyFileVersion</c>, so that is
    /// the one worth naming.</summary>
    private static string Describe(Compilation compilation, IAssemblySymbol assembly)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            return "this project's source";
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
        for (int i = 0; i < path.Length; i++)
        {
            if (Property(type, path[i]) is not { } property)
                return false;
            if (i == path.Length - 1)
                break;
            // The emitter writes `new Amazon.Lambda.Model.<Segment> { … }`: that type must exist and be the property's type.
            if (compilation.GetTypeByMetadataName(ModelNamespace + path[i]) is not { } next
                || !SymbolEqualityComparer.Default.Equals(property.Type, next))
                return false;
            type = next;
        }
        return field.SdkConstantClass is not { } constantClass
            || compilation.GetTypeByMetadataName("Amazon.Lambda." + constantClass) is { } enumType && enumType.GetMembers("FindValue").Any();
    }

    private static IPropertySymbol? Property(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => p.SetMethod is not null) is { } property)
                return property;
        return null;
    }
}
