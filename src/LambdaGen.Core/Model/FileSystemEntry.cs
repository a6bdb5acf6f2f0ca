namespace LambdaGen.Core.Model;

/// <summary>One <c>[LambdaFileSystem]</c> on a handler.</summary>
public sealed record FileSystemEntry(string? Arn, string? LocalMountPath, ValueOrigin Origin, int Index);
