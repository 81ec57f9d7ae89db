using System.Text.RegularExpressions;
using Portal.Authoring;
using Portal.Authoring.Fixes;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Model.ContentSchema;
using Portal.Preview.LocalBackend;
using Portal.Validation;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Schema;

/// <summary>
/// Issue 22 item 3: a slip saved from the browser editor is told in the form's words (the field's form label, what to
/// change in the form; no file, line, YAML, list syntax or command), for every code an editor can cause from the form;
/// the mechanical fixes of `check --fix` are made by the local save itself and told as “已自动改为…”, never to the body.
/// </summary>
public sealed partial class FormWordsTests
{
    private static readonly ThemeText Words = ThemeTextReader.Read(RepositoryPaths.Theme, new DiagnosticBag())!;

    /// <summary>What an editor in the form cannot act on: a file, a line or column, YAML, list or Markdown syntax, a command.</summary>
    [GeneratedRegex(@"YAML|第\s*\d*\s*[行列]|`|\bcheck\b|运行|dotnet|\[|\]\(|content/|\.md\b|media/|元数据区")]
    private static partial Regex FileWords();

    /// <summary>Every key of a document the form edits: a message must name the field by its label, never by its key.</summary>
    private static readonly Regex FieldKeys = new(@"\b(" + string.Join("|", new[] { StoryFields.Document, PageFields.Document, TaskFields.Document }
        .SelectMany(d => d.Fields).SelectMany(f => f.Fields.Prepend(f)).Select(f => f.Key).Distinct().Select(Regex.Escape)) + @")\b");

    private static void AssertInFormWords(string text)
    {
        Assert.DoesNotMatch(FileWords(), text);
        Assert.DoesNotMatch(FieldKeys, text);
    }

    [Fact]
    public void Every_code_an_editor_can_cause_from_the_form_has_its_form_words()
    {
        // What the form writes can break: each field's own rules, a missing required field, a value of the wrong form, and
        // the slips of text pasted from Word that `check --fix` repairs in front matter (the form never writes a fence).
        var fields = new[] { StoryFields.Document, PageFields.Document }.SelectMany(d => d.Fields).SelectMany(f => f.Fields.Prepend(f))
            .Concat(TaskFields.Document.Fields.Where(f => f.Key == "summary"));
        var caused = fields.Select(f => f.RuleCode).OfType<string>()
            .Concat([DiagnosticCodes.RequiredFieldMissing, DiagnosticCodes.WrongValueType])
            .Concat(ContentFixer.FixableCodes.Where(c => c != DiagnosticCodes.DashFence))
            .ToHashSet();
        Assert.Empty(caused.Except(FormWording.Codes));
        Assert.Equal(FormWording.Codes.Count, FormWording.Codes.Distinct().Count());

        foreach (var code in FormWording.Codes)
        {
            Assert.Contains(FormWording.Key(code), ThemeKeys.All);
            var template = Words.Word(FormWording.Key(code));
            AssertInFormWords(Regex.Replace(template, @"\{@[a-z.]+\}", ""));
            // A field named by another's key resolves to a story field's label.
            foreach (var reference in FormWording.FieldReferences(template)) Assert.NotNull(FormWording.Field(reference).Label);
            var told = FormWording.Template(code, Words, "某栏", "某值", "提示原文。");
            Assert.DoesNotContain("{", told);
            AssertInFormWords(told);
        }
    }

    [Fact]
    public void The_guide_lists_every_code_with_its_form_words_generated_from_the_theme()
    {
        var path = Path.Combine(RepositoryPaths.Content, ContentGuide.FileName);
        var guide = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(MarkedSection.Has(guide, ContentGuide.FormWordsSection), $"content/README.md has no {MarkedSection.StartMarker(ContentGuide.FormWordsSection)} section");
        GeneratedFile.Match(path, ContentGuide.WithFormWordsTable(guide, Words), "content/" + ContentGuide.FileName, GeneratedFile.GenGuide);
        var table = ContentGuide.FormWordsTable(Words);
        foreach (var code in FormWording.Codes) Assert.Contains($"| {code} | ", table);
        Assert.Contains("「标签」中的“……”用了中文逗号、顿号或分号", table.Replace("栏名", "标签"));
    }

    [Fact]
    public void A_field_is_found_by_its_line_and_named_by_its_form_label()
    {
        string[] lines = ["---", "title: 标题", "cover:", "  src: media/2025/a.png", "  alt: 说明", "tags:", "  - 甲", "  - 乙，丙", "---", "", "正文"];
        Assert.Equal(new FormFieldPlace("标题", "标题", false), FormFieldPlace.Locate(lines, 2, StoryFields.Document));
        Assert.Equal(new FormFieldPlace("封面图片 › 图片说明（alt）", "说明", false), FormFieldPlace.Locate(lines, 5, StoryFields.Document));
        Assert.Equal(new FormFieldPlace("标签", "乙，丙", false), FormFieldPlace.Locate(lines, 8, StoryFields.Document));
        Assert.True(FormFieldPlace.Locate(lines, 11, StoryFields.Document)!.InBody);
        Assert.Null(FormFieldPlace.Locate(lines, 0, StoryFields.Document));
    }

    /// <summary>The Word paste of issue 22, as the form saves it: repaired by the save, each change told by its field's label.</summary>
    [Fact]
    public void The_word_paste_is_repaired_by_the_save_and_told_in_the_form_words_but_the_body_is_not_touched()
    {
        const string body = "\n　　正文开头的全角空格，“引号”、顿号；分号都留着。\n";
        var raw = "---\ntitle: 　　关于“四好农村路”建设的报道：提质增效！\ndate: 2025-05-01\ntasks:\n  - 4\ndepartments:\n  - 公路管理处\ntype: 即时报道\n"
            + "tags:\n  - 四好农村路，“农村公路”、乡村振兴；交通强省\n---\n" + body;
        var (saved, notes) = SaveFixes.Apply("stories/2025/2025-05-01-roads.md", raw, Words);

        Assert.EndsWith("---\n" + body, saved);
        Assert.Contains("tags:\n  - 四好农村路\n  - 农村公路\n  - 乡村振兴\n  - 交通强省\n", saved);
        Assert.DoesNotContain("\u3000", saved[..saved.IndexOf("---\n\n", 4, StringComparison.Ordinal)]);

        Assert.StartsWith("保存时已自动修正 2 处", notes[0]);
        Assert.Contains(notes, n => n.StartsWith("「标题」已自动改为“关于“四好农村路”建设的报道：提质增效！”", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("「标签」已自动改为“四好农村路”“农村公路”“乡村振兴”“交通强省”（原为“四好农村路，“农村公路”、乡村振兴；交通强省”）", StringComparison.Ordinal));
        Assert.All(notes, AssertInFormWords);

        // Saved again, nothing is left to repair; a file the form does not edit is left as sent.
        Assert.Empty(SaveFixes.Apply("stories/2025/2025-05-01-roads.md", saved, Words).Notes);
        Assert.Equal(raw, SaveFixes.Apply("media/2025/notes.md", raw, Words).Raw);
    }

    /// <summary>Two independent slips in one story: both reported by one check, each told by its field's form label.</summary>
    [Fact]
    public void Two_slips_in_one_story_are_both_told_by_their_form_labels()
    {
        using var folder = new TempFolder("portal-formwords");
        var content = folder.Combine("content");
        FixtureContent.Create(content);
        var relative = "stories/2025/2025-05-01-two-slips.md";
        File.WriteAllText(Path.Combine(content, relative),
            "---\ntitle: 两处疏漏的稿件\ndate: 2025-05-01\ntasks:\n  - 4\ndepartments:\n  - 公路管理处\ntype: 典型案例\ntags:\n  - 道路/桥梁\n---\n\n正文。\n");
        var check = SiteBuild.Check(new BuildOptions { ContentDir = content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
        var slips = check.Diagnostics.Where(d => d.File == relative && d.Severity == Severity.Error).ToList();
        Assert.Contains(slips, d => d.Code == DiagnosticCodes.CaseMissing);
        Assert.Contains(slips, d => d.Code == DiagnosticCodes.InvalidTag);
        // `check` keeps its file-and-line form.
        Assert.All(slips, d => Assert.True(d.Line > 0));

        var told = slips.Select(d => FormWording.Tell(d, path => EditorText.Read(Path.Combine(content, path)).Lines, Words)).ToList();
        Assert.All(told, t => Assert.NotNull(t));
        Assert.All(told, t => AssertInFormWords(t!));
        Assert.Contains(told, t => t!.Contains("「稿件类型」选了“典型案例”，但没有选「典型类别」", StringComparison.Ordinal));
        Assert.Contains(told, t => t!.Contains("「标签」中的“道路/桥梁”不能用作标签", StringComparison.Ordinal));
    }
}
