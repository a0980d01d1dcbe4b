namespace SamplePlainText;

/// <summary>Writes text wrapped at word boundaries to fit 80 columns.</summary>
/// <remarks>For the samples that write plain text (no Spectre.Console): a file or a terminal of any width reads the same.</remarks>
internal static class Text
{
    public static void Say(string text, int indent = 2) => Say(Console.Out, text, indent);

    /// <summary>Writes <paramref name="text"/> to <paramref name="output"/>, wrapped to fit 80 columns.</summary>
    public static void Say(TextWriter output, string text, int indent = 2)
    {
        var line = new string(' ', indent);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > 80 && line.Trim().Length > 0)
            {
                output.WriteLine(line.TrimEnd());
                line = new string(' ', indent + 2);
            }

            line += (line.Trim().Length > 0 ? " " : string.Empty) + word;
        }

        output.WriteLine(line.TrimEnd());
    }
}
