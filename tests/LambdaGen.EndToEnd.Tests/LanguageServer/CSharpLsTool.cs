namespace LambdaGen.EndToEnd.Tests.LanguageServer;

/// <summary>
/// The csharp-ls language server (a dotnet tool from the NuGet registry), installed once into
/// artifacts/tools/csharp-ls/&lt;version&gt; of the repository so a run of eng/test.sh needs nothing installed before it.
/// </summary>
public static class CSharpLsTool
{
    public const string Version = "0.28.0";

    private static readonly object Gate = new();

    /// <summary>The tool's executable, or null with the reason the install failed.</summary>
    public static (string? Executable, string? Failure) Install(string repoRoot)
    {
        var folder = Path.Combine(repoRoot, "artifacts", "tools", "csharp-ls", Version);
        var executable = Path.Combine(folder, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        lock (Gate)
        {
            if (File.Exists(executable))
            {
                return (executable, null);
            }

            CommandResult install;
            try
            {
                install = DotNet.Run(repoRoot, new[] { "tool", "install", "csharp-ls", "--version", Version, "--tool-path", folder }, timeout: TimeSpan.FromMinutes(5));
            }
            catch (TimeoutException e)
            {
                return (null, e.Message);
            }
            return File.Exists(executable) ? (executable, null) : (null, $"'dotnet tool install csharp-ls --version {Version}' did not install {executable}:\n{install}");
        }
    }
}
