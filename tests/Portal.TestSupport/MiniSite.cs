namespace Portal.TestSupport;

/// <summary>
/// The smallest valid site, inline, in the spirit of Hugo's test files: a test states the few files it is about
/// instead of copying the whole shipped content/. One department, one key task (number 4, the task
/// <c>ContentCase.Story</c> cites by default), one story; the notice and the mechanism with their required fields.
/// It passes `check` with no problem but the freshness warnings a fixed "today" brings.
/// </summary>
/// <remarks>Paths are relative to the folder the site is written into, so content/ sits beside a test's _site/.</remarks>
public sealed class MiniSite
{
    public const string Files = """
        -- content/site.yml --
        title: 测试专题网站
        baseUrl: https://example.gov.cn/portal/

        -- content/notice.md --
        ---
        issuerMark: 甘肃省交通运输厅文件
        documentNumber: 甘交办〔2025〕2号
        title: 甘肃省交通运输厅关于深化“三抓三促”行动的通知
        ---

        ## 一、优化领导机制

        建立专项工作机制。

        -- content/mechanism.yml --
        title: 测试专项工作机制
        chiefConvener:
          name: 张三
        office:
          locatedIn: 公路管理处

        -- content/departments.yml --
        departments:
          - name: 公路管理处
            slug: highway-administration
            kind: 厅机关

        -- content/tasks/04-rural-revitalization.md --
        ---
        number: 4
        title: 积极服务助推乡村振兴
        lead: [公路管理处]
        ---

        推动“四好农村路”高质量发展。

        -- content/stories/2025/2025-02-25-rural-roads.md --
        ---
        title: 农村公路提升行动启动
        date: 2025-02-25
        tasks: [4]
        departments: [公路管理处]
        type: 即时报道
        ---

        农村公路提升行动正式启动。
        """;

    private readonly IReadOnlyDictionary<string, string> files;

    public MiniSite() : this(Txtar.Parse(Files).ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal))
    {
    }

    private MiniSite(IReadOnlyDictionary<string, string> files) => this.files = files;

    /// <summary>Each file's text by its path, e.g. "content/site.yml".</summary>
    public IReadOnlyDictionary<string, string> Texts => files;

    /// <summary>This site with the files of a txtar <paramref name="archive"/> added, or replacing those of the same path.</summary>
    public MiniSite With(string archive) => Change(all =>
    {
        foreach (var (path, text) in Txtar.Parse(archive)) all[path] = text;
    });

    /// <summary>This site with one file added or replaced.</summary>
    public MiniSite With(string path, string text) => Change(all => all[path] = text);

    /// <summary>This site without the file at <paramref name="path"/> (a test of a missing file).</summary>
    public MiniSite Without(string path)
    {
        if (!files.ContainsKey(path)) throw new ArgumentException($"the mini site has no file {path}", nameof(path));
        return Change(all => all.Remove(path));
    }

    /// <summary>Writes every file below <paramref name="root"/>; returns the content folder.</summary>
    public string WriteTo(string root)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return Path.Combine(root, "content");
    }

    // A copy per change: a site kept in a static field by one test is never altered by another.
    private MiniSite Change(Action<Dictionary<string, string>> change)
    {
        var copy = new Dictionary<string, string>(files, StringComparer.Ordinal);
        change(copy);
        return new MiniSite(copy);
    }
}
