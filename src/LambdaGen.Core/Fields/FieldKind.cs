namespace LambdaGen.Core.Fields;

/// <summary>The shape of a setting's value, which decides how every consumer reads, writes and compares it.</summary>
public enum FieldKind : byte
{
    String,
    Int,
    Double,
    Bool,
    /// <summary>A list of strings (<c>string[]</c> on the attribute).</summary>
    StringList,
    /// <summary>A string map built from repeatable key/value attributes (<c>[LambdaEnvironment]</c>, <c>[LambdaTag]</c>).</summary>
    KeyValueMap,
    /// <summary>The list of <c>[LambdaFileSystem]</c> mounts.</summary>
    FileSystemList,
}

/// <summary>Where a setting may be declared.</summary>
[System.Flags]
public enum FieldLevels : byte
{
    None = 0,
    /// <summary>On <c>[LambdaFunction]</c> (or a method-level attribute).</summary>
    Method = 1,
    /// <summary>On <c>[assembly: LambdaDefaults]</c> (or an assembly-level attribute).</summary>
    Assembly = 2,
    MethodOrAssembly = Method | Assembly,
}

/// <summary>How a change of a setting reaches a function that already exists.</summary>
public enum DeployChannel : byte
{
    /// <summary>UpdateFunctionConfiguration.</summary>
    Configuration,
    /// <summary>UpdateFunctionCode (Architectures travel with the code).</summary>
    Code,
    /// <summary>A call of its own (tags: TagResource/UntagResource; code signing: Put/DeleteFunctionCodeSigningConfig;
    /// publishing: PublishVersion).</summary>
    OwnCall,
    /// <summary>Fixed when the function is created; a change needs a new function.</summary>
    CreateOnly,
    /// <summary>UpdateFunctionConfiguration changes the value, but only on a function that was created with the structure
    /// the setting lives in: the structure itself (DurableConfig, CapacityProviderConfig) can be neither added to nor removed
    /// from an existing function, so declaring it on a function created without it, or dropping it, needs a new function.</summary>
    ConfigurationOnceCreated,
}

/// <summary>Which package types a setting belongs to.</summary>
public enum PackageScope : byte
{
    Any,
    /// <summary>.zip functions only: an Image function keeps only a value set on its own method (so the rule that forbids it
    /// can point at it), inherits no default, and the manifest omits it.</summary>
    ZipOnly,
    /// <summary>Image functions only: the deploy compares and resets it only for Image functions.</summary>
    ImageOnly,
}
