using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SampleRendering;

/// <summary>
/// The samples' few ways of writing text, all of which fit an 80-column terminal and a redirected file (Spectre.Console
/// then renders at 80 columns): paragraphs and lists wrap at word boundaries, a list item's continuation lines keep its
/// indent, and tables are left to the sample that has at most a few narrow columns. Every text is escaped here, so a
/// caller passes plain text (a "[met]" stays "[met]").
/// </summary>
internal static class View
{
    /// <summary>A section heading: a rule with the title on the left.</summary>
    public static void Heading(IAnsiConsole console, string title) =>
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

    /// <summary>A paragraph, wrapped at word boundaries.</summary>
    public static void Line(IAnsiConsole console, string text) => console.Write(new Markup(Markup.Escape(text) + "\n"));

    /// <summary>A paragraph in bold: the title of the lines that follow.</summary>
    public static void Title(IAnsiConsole console, string text) => console.Write(new Markup($"[bold]{Markup.Escape(text)}[/]\n"));

    /// <summary>A paragraph in grey: a note about the numbers (for example that they are invented).</summary>
    public static void Note(IAnsiConsole console, string text) => console.Write(new Markup($"[grey]{Markup.Escape(text)}[/]\n"));

    /// <summary>An empty line.</summary>
    public static void Gap(IAnsiConsole console) => console.WriteLine();

    /// <summary>Indented items, one a line after a dash; an item longer than the line wraps under its own text.</summary>
    public static void Items(IAnsiConsole console, IEnumerable<string> items)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn(new GridColumn().PadRight(0));
        foreach (var item in items)
        {
            grid.AddRow(new Markup("-"), new Markup(Markup.Escape(item)));
        }

        console.Write(grid);
    }

    /// <summary>
    /// Labelled items: the labels in a column as wide as the widest of them (never wrapped), each text wrapped beside
    /// its label. A text may hold several lines (separated by <c>\n</c>); the first of them is in bold when
    /// <paramref name="boldFirstLine"/> is set.
    /// </summary>
    public static void Labelled(IAnsiConsole console, IEnumerable<(string Label, string Text)> items, bool rightAlignLabels = false, bool boldFirstLine = false)
    {
        var label = new GridColumn().NoWrap().PadLeft(2).PadRight(2);
        var grid = new Grid().AddColumn(rightAlignLabels ? label.RightAligned() : label).AddColumn(new GridColumn().PadRight(0));
        foreach (var (name, text) in items)
        {
            grid.AddRow(new Markup(Markup.Escape(name)), Text(text, boldFirstLine));
        }

        console.Write(grid);
    }

    /// <summary>A table with a rounded border whose first column holds the row names and the others right-aligned values.</summary>
    public static Table Figures(string firstColumn, IEnumerable<string> valueColumns)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn(Markup.Escape(firstColumn)));
        foreach (var column in valueColumns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
        }

        return table;
    }

    /// <summary>Adds a row of plain texts to a table.</summary>
    public static void Row(Table table, string name, IEnumerable<string> values) =>
        table.AddRow([new Markup(Markup.Escape(name)), .. values.Select(v => new Markup(Markup.Escape(v)))]);

    /// <summary>Days with one decimal: "4.0 d".</summary>
    public static string Days(double days) => days.ToString("0.0", CultureInfo.InvariantCulture) + " d";

    /// <summary>A number in the invariant culture with the given format.</summary>
    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A number in the invariant culture with the given format.</summary>
    public static string Number(decimal value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static IRenderable Text(string text, bool boldFirstLine)
    {
        var lines = text.Split('\n');
        if (!boldFirstLine)
        {
            return new Markup(Markup.Escape(text));
        }

        var rest = lines.Length > 1 ? "\n" + Markup.Escape(string.Join('\n', lines.Skip(1))) : string.Empty;
        return new Markup($"[bold]{Markup.Escape(lines[0])}[/]{rest}");
    }
}
