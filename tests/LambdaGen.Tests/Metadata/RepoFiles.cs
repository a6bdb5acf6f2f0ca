namespace LambdaGen.Tests.Metadata;

/// <summary>Files of the repository the metadata tests read (found by walking up to LambdaGen.sln).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LambdaGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("LambdaGen.sln not found above " + AppContext.BaseDirectory);
    }
}
