using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LambdaGen.Build;

/// <summary>What <see cref="AssemblyMetadataReader.Read(string, string, string)"/> found: the AssemblyMetadata entries whose key
/// starts with the prefix, in metadata order, and every type's string constant of the given name, by the type's metadata
/// name (<c>Namespace.Outer+Nested</c>).</summary>
internal sealed record AssemblyFacts(List<KeyValuePair<string, string?>> Entries, Dictionary<string, string> StringConstants);

/// <summary>
/// Reads the <c>[assembly: AssemblyMetadata(key, value)]</c> attributes and named string constants of a compiled assembly
/// with System.Reflection.Metadata: the assembly is never loaded (no file lock beyond the read, no load context, works for
/// any target framework).
/// </summary>
internal static class AssemblyMetadataReader
{
    /// <summary>Every AssemblyMetadata entry whose key starts with <paramref name="keyPrefix"/> (ordinal), and every string
    /// constant named <paramref name="constantName"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a .NET assembly or its metadata is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AssemblyFacts Read(string assemblyPath, string keyPrefix, string constantName)
    {
        // Read the whole image and close the file at once, so the compiler or an IDE is never blocked by us.
        using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var peReader = new PEReader(stream, PEStreamOptions.PrefetchEntireImage);
        try
        {
            if (!peReader.HasMetadata)
            {
                throw new InvalidDataException("the file has no .NET metadata (it is not a managed assembly)");
            }

            var metadata = peReader.GetMetadataReader();
            return new AssemblyFacts(Read(metadata, keyPrefix), StringConstants(metadata, constantName));
        }
        catch (BadImageFormatException ex)
        {
            throw new InvalidDataException("the file is not a valid .NET assembly (" + ex.Message + ")", ex);
        }
    }

    public static List<KeyValuePair<string, string?>> Read(MetadataReader metadata, string keyPrefix)
    {
        if (!metadata.IsAssembly)
        {
            throw new InvalidDataException("the file is a module without an assembly manifest");
        }

        var entries = new List<KeyValuePair<string, string?>>();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(metadata, attribute.Constructor))
            {
                continue;
            }

            CustomAttributeValue<string> value;
            try
            {
                value = attribute.DecodeValue(TypeNameProvider.Instance);
            }
            catch (BadImageFormatException ex)
            {
                throw new InvalidDataException("an AssemblyMetadata attribute has a malformed value blob (" + ex.Message + ")", ex);
            }

            if (value.FixedArguments.Length != 2 || value.FixedArguments[0].Value is not string key)
            {
                continue; // Not the (string key, string value) constructor: not ours.
            }

            if (!key.StartsWith(keyPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            entries.Add(new KeyValuePair<string, string?>(key, value.FixedArguments[1].Value as string));
        }
        return entries;
    }

    /// <summary>Each type's string constant named <paramref name="name"/> (a field with a default value of type string), by the
    /// type's metadata name. A constant's value is stored as UTF-16, so it comes back exactly as compiled.</summary>
    public static Dictionary<string, string> StringConstants(MetadataReader metadata, string name)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            foreach (var fieldHandle in type.GetFields())
            {
                var field = metadata.GetFieldDefinition(fieldHandle);
                var constantHandle = field.GetDefaultValue();
                if (!metadata.StringComparer.Equals(field.Name, name) || constantHandle.IsNil)
                {
                    continue;
                }

                var constant = metadata.GetConstant(constantHandle);
                if (constant.TypeCode != ConstantTypeCode.String)
                {
                    continue;
                }

                var blob = metadata.GetBlobReader(constant.Value);
                constants[MetadataName(metadata, type)] = blob.ReadUTF16(blob.Length);
            }
        }
        return constants;
    }

    /// <summary><c>Namespace.Type</c>, a nested type <c>Namespace.Outer+Nested</c>: the name reflection and the generator use.</summary>
    private static string MetadataName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return MetadataName(metadata, metadata.GetTypeDefinition(declaring)) + "+" + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static bool IsAssemblyMetadataAttribute(MetadataReader metadata, EntityHandle constructor)
    {
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
            {
                var member = metadata.GetMemberReference((MemberReferenceHandle)constructor);
                if (member.Parent.Kind != HandleKind.TypeReference)
                {
                    return false;
                }

                var type = metadata.GetTypeReference((TypeReferenceHandle)member.Parent);
                return IsAssemblyMetadataType(metadata, type.Namespace, type.Name);
            }
            case HandleKind.MethodDefinition:
            {
                // The attribute type defined in the assembly itself (only in a core library, but cheap to accept).
                var method = metadata.GetMethodDefinition((MethodDefinitionHandle)constructor);
                var type = metadata.GetTypeDefinition(method.GetDeclaringType());
                return IsAssemblyMetadataType(metadata, type.Namespace, type.Name);
            }
            default:
                return false;
        }
    }

    private static bool IsAssemblyMetadataType(MetadataReader metadata, StringHandle @namespace, StringHandle name) =>
        metadata.StringComparer.Equals(name, "AssemblyMetadataAttribute") && metadata.StringComparer.Equals(@namespace, "System.Reflection");

    /// <summary>Describes attribute argument types by name; enough to decode any attribute blob whose arguments are primitives.</summary>
    private sealed class TypeNameProvider : ICustomAttributeTypeProvider<string>
    {
        public static readonly TypeNameProvider Instance = new();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
        public string GetSystemType() => "System.Type";
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);
        public string GetTypeFromSerializedName(string name) => name;
        public bool IsSystemType(string type) => type == "System.Type";

        // AssemblyMetadataAttribute(string, string) has no enum arguments; any other constructor shape is skipped above,
        // but a forged blob must fail as bad metadata, not as an unexpected exception.
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => throw new BadImageFormatException("unexpected enum argument of type " + type);
    }
}
