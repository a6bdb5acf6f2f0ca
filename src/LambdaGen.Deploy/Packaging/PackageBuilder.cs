using System.Collections.Concurrent;

namespace LambdaGen.Deploy.Packaging;

/// <summary>
/// Turns the publish folder into a <see cref="CodePackage"/>. Managed runtimes get the folder as is;
/// custom runtimes (<c>provided.*</c>, Native AOT) get the native executable as <c>bootstrap</c>
/// with mode 0755. Packages are memoised: functions sharing a publish folder share the zip.
/// </summary>
internal sealed class PackageBuilder
{
    public const int ExecutableMode = 0b111_101_101; // 0755
    public const int RegularMode = 0b110_100_100;    // 0644
    public const ushort ElfMachineX64 = 62;
    public const ushort ElfMachineArm64 = 183;

    private readonly string _publishDir;
    private readonly IReadOnlyList<string> _excludedDirs;
    private readonly ConcurrentDictionary<(bool Custom, string? Hint), Lazy<CodePackage>> _cache = new();

    public PackageBuilder(string publishDir, IEnumerable<string>? excludedDirs = null)
    {
        _publishDir = Path.GetFullPath(publishDir);
        _excludedDirs = (excludedDirs ?? Array.Empty<string>())
            .Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)))
            .ToList();
    }

    public string PublishDir => _publishDir;

    /// <param name="customRuntime">true for <c>provided.*</c> runtimes.</param>
    /// <param name="executableHint">the name the native executable likely has (the handler's assembly name).</param>
    public CodePackage Build(bool customRuntime, string? executableHint)
    {
        var key = (customRuntime, customRuntime ? executableHint : null);
        return _cache.GetOrAdd(key, k => new Lazy<CodePackage>(() => BuildCore(k.Custom, k.Hint))).Value;
    }

    private CodePackage BuildCore(bool customRuntime, string? executableHint)
    {
        if (!Directory.Exists(_publishDir))
        {
            throw new DeployException("LGD020", $"The publish folder '{_publishDir}' does not exist: run dotnet publish first.", _publishDir);
        }

        var files = EnumerateFiles().ToList();
        if (files.Count == 0)
        {
            throw new DeployException("LGD021", $"The publish folder '{_publishDir}' is empty: nothing to package.", _publishDir);
        }

        string? bootstrapRelative = null;
        if (customRuntime)
        {
            bootstrapRelative = FindBootstrap(files, executableHint);
            files = files.Where(f => !IsNativeDebugSymbols(f.Relative)).ToList();
        }

        var sources = new List<ZipSource>(files.Count);
        long unzipped = 0;
        ushort? machine = null;
        foreach (var (full, relative) in files)
        {
            bool isBootstrap = bootstrapRelative is not null && relative == bootstrapRelative;
            string entryName = isBootstrap ? "bootstrap" : relative;
            byte[] head = ReadHead(full, 20);
            if (isBootstrap)
            {
                machine = ElfMachine(head);
            }
            bool executable = entryName == "bootstrap" || (customRuntime && (IsElf(head) || IsScript(head)));
            unzipped += new FileInfo(full).Length;
            string path = full;
            sources.Add(new ZipSource(entryName, executable ? ExecutableMode : RegularMode, () => File.ReadAllBytes(path)));
        }

        byte[] zip = DeterministicZip.Create(sources);
        var entries = sources.Select(s => s.EntryName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return new CodePackage(zip, unzipped, entries, bootstrapRelative, machine);
    }

    /// <summary>Sum of the sizes of the files that would be packaged, computed without building the zip (for the 250 MB check).</summary>
    public long MeasureUnzippedBytes(bool customRuntime) =>
        EnumerateFiles().Where(f => !customRuntime || !IsNativeDebugSymbols(f.Relative)).Sum(f => new FileInfo(f.Full).Length);

    /// <summary>Native AOT's separate debug symbols (App.dbg): never executed, and often larger than the rest.</summary>
    private static bool IsNativeDebugSymbols(string relative) => relative.EndsWith(".dbg", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<(string Full, string Relative)> EnumerateFiles()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (string full in Directory.EnumerateFiles(_publishDir, "*", options))
        {
            string fullPath = Path.GetFullPath(full);
            if (_excludedDirs.Any(d => fullPath.StartsWith(d + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                continue;
            }
            string relative = Path.GetRelativePath(_publishDir, fullPath).Replace('\\', '/');
            yield return (fullPath, relative);
        }
    }

    private string FindBootstrap(List<(string Full, string Relative)> files, string? hint)
    {
        if (files.Any(f => f.Relative == "bootstrap"))
        {
            return "bootstrap";
        }
        var topLevel = files.Where(f => !f.Relative.Contains('/')).ToList();
        if (!string.IsNullOrEmpty(hint))
        {
            var named = topLevel.FirstOrDefault(f => f.Relative == hint);
            if (named.Relative is not null)
            {
                return named.Relative;
            }
        }
        var executables = topLevel
            .Where(f => Path.GetExtension(f.Relative).Length == 0 && IsElf(ReadHead(f.Full, 4)))
            .Select(f => f.Relative)
            .ToList();
        if (executables.Count == 1)
        {
            return executables[0];
        }
        string found = executables.Count == 0 ? "none" : string.Join(", ", executables);
        throw new DeployException(
            "LGD022",
            $"A provided.* runtime needs the native executable packaged as 'bootstrap', but the publish folder '{_publishDir}' has no 'bootstrap'"
            + (string.IsNullOrEmpty(hint) ? "" : $" and no '{hint}'")
            + $" and not exactly one native executable (found: {found}). Publish with Native AOT (-p:PublishAot=true -r linux-x64 or linux-arm64), or set AssemblyName to bootstrap.",
            _publishDir);
    }

    private static byte[] ReadHead(string path, int count)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[count];
        int read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).ToArray();
    }

    internal static bool IsElf(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == 0x7F && head[1] == (byte)'E' && head[2] == (byte)'L' && head[3] == (byte)'F';

    private static bool IsScript(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == (byte)'#' && head[1] == (byte)'!';

    /// <summary>e_machine of a little-endian ELF file (offset 18), or null.</summary>
    internal static ushort? ElfMachine(ReadOnlySpan<byte> head)
    {
        if (!IsElf(head) || head.Length < 20 || head[5] != 1)
        {
            return null;
        }
        return (ushort)(head[18] | (head[19] << 8));
    }
}
