namespace LambdaGen.Deploy;

/// <summary>
/// A failure the user can act on, with a message that names the value, what is allowed and where
/// it came from. <see cref="File"/> is the manifest (or folder) the problem belongs to, when known.
/// </summary>
public sealed class DeployException : Exception
{
    public DeployException(string code, string message, string? file = null)
        : base(message)
    {
        Code = code;
        File = file;
    }

    /// <summary>A stable id (LGD0xx) so MSBuild shows the line as an error with a code.</summary>
    public string Code { get; }

    public string? File { get; }
}
