namespace LambdaGen.Deploy.Benchmarks;

/// <summary>A plain-text table with left-aligned columns padded to their widest cell.</summary>
internal static class TextTable
{
    public static string Format(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        int[] widths = Enumerable.Range(0, header.Count).Select(c => all.Max(r => r[c].Length)).ToArray();
        var lines = all.Select(r => "  " + string.Join("  ", r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).ToList();
        lines.Insert(1, "  " + string.Join("  ", widths.Select(w => new string('-', w))));
        return string.Join(Environment.NewLine, lines);
    }
}
