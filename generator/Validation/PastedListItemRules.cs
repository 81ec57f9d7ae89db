using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Validation;

/// <summary>
/// A list item pasted from Word: items joined by Chinese separators (named as what they are: 逗号, 顿号, 分号), and
/// quotes around an item that would become part of its value. Each is reported at its own column.
/// </summary>
public static class PastedListItemRules
{
    public static void Check(Located<string> item, string file, DiagnosticBag diagnostics)
    {
        if (PastedListItems.HasSeparator(item.Value))
        {
            var names = PastedListItems.SeparatorsIn(item.Value).Select(Name).ToList();
            var listed = names.Count == 1 ? names[0] : string.Join("、", names.Take(names.Count - 1)) + "和" + names[^1];
            var pieces = PastedListItems.Split(item.Value).Select(p => p.Text);
            diagnostics.Error(DiagnosticCodes.ChineseListSeparator, file, item.Line, item.Column,
                $"“{item.Value}”中用了{listed}分隔，会被当成一项。",
                $"列表中的各项请用英文逗号加空格分隔，例如“[{string.Join(", ", pieces)}]”，或运行 `check --fix` 自动修正。");
        }
        foreach (var piece in PastedListItems.Split(item.Value).Where(p => p.WasQuoted))
        {
            diagnostics.Error(DiagnosticCodes.CurlyQuotedValue, file, item.Line, item.Column + piece.Offset,
                $"列表项“{piece.Written}”两边的引号会成为这一项的一部分。",
                $"请删除引号，写成“{piece.Text}”，或运行 `check --fix` 自动修正。");
        }
    }

    private static string Name(char separator) => separator switch
    {
        '，' => "中文逗号“，”",
        '、' => "顿号“、”",
        '；' => "中文分号“；”",
        _ => $"“{separator}”",
    };
}
