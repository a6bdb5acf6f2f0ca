using System;

namespace LambdaGen;

/// <summary>
/// Mounts an Amazon EFS access point. Lambda accepts at most one; the attribute allows several
/// so that LambdaGen's rule, with its explanation, reports the second rather than the compiler.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class LambdaFileSystemAttribute : Attribute
{
    /// <summary>Creates a file system mount.</summary>
    public LambdaFileSystemAttribute(string arn, string localMountPath)
    {
        Arn = arn;
        LocalMountPath = localMountPath;
    }

    /// <summary>The EFS access point ARN.</summary>
    public string Arn { get; }
    /// <summary>Where to mount it: <c>/mnt/</c> and one path segment.</summary>
    public string LocalMountPath { get; }
}
