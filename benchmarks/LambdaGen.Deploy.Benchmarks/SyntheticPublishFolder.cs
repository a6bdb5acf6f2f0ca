using System.Text;

namespace LambdaGen.Deploy.Benchmarks;

/// <summary>
/// Writes a publish folder that looks like a real .NET Lambda publish output, generated from a fixed seed so
/// every run packages the same bytes: 60% incompressible blobs (native libraries, compressed resources),
/// 30% managed-DLL-like files that deflate to about half, 10% small text files (deps.json, XML docs,
/// settings) that deflate well. At 50 MB that is a few hundred files in a handful of folders.
/// </summary>
internal static class SyntheticPublishFolder
{
    private static readonly string[] Words =
    [
        "Amazon", "Lambda", "Runtime", "Serialization", "SystemTextJson", "Handler", "Invoke", "Context", "Request",
        "Response", "Orders", "Create", "List", "Delete", "Async", "Task", "String", "Int32", "Dictionary", "Logger",
        "Configuration", "Microsoft", "Extensions", "DependencyInjection", "get_Value", "set_Value", "ToString",
        "Equals", "GetHashCode", "System.Private.CoreLib", "netstandard", "Version=8.0.0.0", "PublicKeyToken",
    ];

    public sealed record Stats(int Files, long Bytes);

    public static Stats Create(string root, long targetBytes, int seed)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(root);
        long blobs = targetBytes * 6 / 10;
        long managed = targetBytes * 3 / 10;
        int files = 0;
        long written = 0;

        void Write(string relative, byte[] content)
        {
            string path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            files++;
            written += content.Length;
        }

        // Fixed files every publish folder has.
        Write("App.dll", ManagedLike(random, 180_000));
        Write("App.deps.json", Text(random, 40_000, json: true));
        Write("App.runtimeconfig.json", Encoding.UTF8.GetBytes("""{"runtimeOptions":{"tfm":"net8.0","framework":{"name":"Microsoft.NETCore.App","version":"8.0.0"}}}"""));

        for (int i = 0; written < blobs; i++)
        {
            int size = (int)Math.Min(random.Next(1_000_000, 4_500_000), blobs - written + 1);
            var bytes = new byte[size];
            random.NextBytes(bytes);
            Write(i % 3 == 0 ? $"runtimes/linux-x64/native/libvendor{i}.so" : $"Vendor.Compressed{i}.dll", bytes);
        }

        for (int i = 0; written < blobs + managed; i++)
        {
            int size = (int)Math.Min(random.Next(20_000, 320_000), blobs + managed - written + 1);
            Write(i % 4 == 0 ? $"runtimes/unix/lib/net8.0/Lib{i:000}.dll" : $"Lib{i:000}.dll", ManagedLike(random, size));
        }

        for (int i = 0; written < targetBytes; i++)
        {
            int size = (int)Math.Min(random.Next(1_000, 30_000), targetBytes - written + 1);
            string name = (i % 5) switch
            {
                0 => $"Lib{i:000}.xml",
                1 => $"de/Lib{i:000}.resources.json",
                2 => $"config/settings{i:000}.json",
                3 => $"wwwroot/docs/page{i:000}.html",
                _ => $"Lib{i:000}.runtimeconfig.dev.json",
            };
            Write(name, Text(random, size, json: i % 2 == 1));
        }
        return new Stats(files, written);
    }

    /// <summary>Metadata-like content: identifier runs, zero padding and random bytes (code, hashes), ~50% deflated.</summary>
    private static byte[] ManagedLike(Random random, int size)
    {
        var bytes = new byte[size];
        int at = 0;
        while (at < size)
        {
            int kind = random.Next(3);
            int run = Math.Min(random.Next(16, 160), size - at);
            if (kind == 0)
            {
                random.NextBytes(bytes.AsSpan(at, run));
            }
            else if (kind == 1)
            {
                byte[] word = Encoding.ASCII.GetBytes(Words[random.Next(Words.Length)] + "\0");
                for (int i = 0; i < run; i++)
                {
                    bytes[at + i] = word[i % word.Length];
                }
            }
            // kind 2: leave zeros (section padding)
            at += run;
        }
        return bytes;
    }

    private static byte[] Text(Random random, int size, bool json)
    {
        var text = new StringBuilder(size + 64);
        while (text.Length < size)
        {
            string a = Words[random.Next(Words.Length)];
            string b = Words[random.Next(Words.Length)];
            int n = random.Next(100_000);
            text.Append(json
                ? $"  \"{a}.{b}\": {{ \"version\": \"{n % 10}.{n % 7}.{n}\", \"sha512\": \"{random.NextInt64():x16}{random.NextInt64():x16}\" }},\n"
                : $"  <member name=\"M:{a}.{b}.Invoke{n}\"><summary>{a} {b} for {n}.</summary></member>\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString(0, size));
    }
}
